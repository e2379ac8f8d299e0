package org.rampart.shared;

/** Which page of a list to return: zero-based page number and page size (1 to 500). */
public record PageQuery(int page, int size) {

    public static final int MAX_SIZE = 500;

    public PageQuery {
        if (page < 0) {
            throw BadInputException.of("page", "page.negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw BadInputException.of("size", "number.range", 1, MAX_SIZE);
        }
    }

    public static PageQuery of(Integer page, Integer size) {
        return new PageQuery(page == null ? 0 : page, size == null ? 50 : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
