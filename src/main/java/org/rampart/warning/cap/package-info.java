/**
 * Public warnings as OASIS CAP 1.2: drafts, approval by a second person, publishing, the Atom feed and imports. Its
 * public facade is {@link org.rampart.warning.cap.CapDraftManagement}.
 */
@org.springframework.modulith.NamedInterface("cap")
package org.rampart.warning.cap;
