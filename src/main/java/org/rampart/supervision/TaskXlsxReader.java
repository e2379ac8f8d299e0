package org.rampart.supervision;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.rampart.shared.BadInputException.Problem;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Read a task file in XLSX (the first sheet; row 1 is the header) as a stream of XML events, so that a sheet with
 * more data rows than the limit is refused when the row after the limit is reached, without building the rest in
 * memory. A cell holding a formula and a merged range of cells are refused, naming the cell or the range: a task file
 * holds one plain value per cell. Dates are read as ISO dates; numbers as written (a unit code 110101 stays 110101).
 */
final class TaskXlsxReader {

    private TaskXlsxReader() {
    }

    /** Reading stopped at the row after the limit. */
    private static final class TooManyRows extends SAXException {
        private final int line;

        TooManyRows(int line) {
            super("more rows than the limit at line " + line);
            this.line = line;
        }
    }

    static TaskSheet read(InputStream in, int maxRows) {
        try (OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return TaskSheet.refused(Problem.atLine(1, "file", "file.empty"));
            }
            Handler handler = new Handler(strings, styles, maxRows);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
            } catch (TooManyRows e) {
                return TaskSheet.refused(Problem.atLine(e.line, "file", "supervision.import.too-many-rows", maxRows));
            }
            return handler.result();
        } catch (MaxUploadSizeExceededException e) {
            throw e;
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            if (e.getCause() instanceof MaxUploadSizeExceededException m) {
                throw m;
            }
            return TaskSheet.refused(Problem.atLine(1, "file", "supervision.import.xlsx-unreadable"));
        }
    }

    /** Collects the cells of each row, the formulas and the merged ranges. */
    private static final class Handler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final int maxRows;

        private final List<String> header = new ArrayList<>();
        private final List<TaskSheet.Row> rows = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final List<String> merged = new ArrayList<>();
        private boolean headerRead;
        private int read;

        private int rowNumber;
        private Map<Integer, String> cells;
        private int cellColumn;
        private String cellType;
        private int cellStyle;
        private boolean cellFormula;
        private boolean inValue;
        private final StringBuilder value = new StringBuilder();

        Handler(ReadOnlySharedStringsTable strings, StylesTable styles, int maxRows) {
            this.strings = strings;
            this.styles = styles;
            this.maxRows = maxRows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            switch (name) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new LinkedHashMap<>();
                    cellColumn = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    cellColumn = ref == null ? cellColumn + 1 : new CellReference(ref).getCol();
                    cellType = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    cellStyle = s == null ? -1 : Integer.parseInt(s);
                    cellFormula = false;
                    value.setLength(0);
                }
                case "f" -> cellFormula = true;
                case "v", "t" -> inValue = true;
                case "mergeCell" -> merged.add(attributes.getValue("ref"));
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            switch (name) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    if (cellFormula) {
                        String column = headerRead && cellColumn < header.size() ? header.get(cellColumn) : null;
                        problems.add(Problem.atLine(rowNumber, column, "supervision.import.formula",
                                TaskCsvReader.cellName(cellColumn, rowNumber)));
                    }
                    cells.put(cellColumn, text());
                }
                case "row" -> endRow();
                default -> {
                }
            }
        }

        private String text() {
            String v = value.toString();
            if (v.isEmpty()) {
                return "";
            }
            if ("s".equals(cellType)) {
                return strings.getItemAt(Integer.parseInt(v.trim())).getString();
            }
            if ("inlineStr".equals(cellType) || "str".equals(cellType) || "e".equals(cellType)) {
                return v;
            }
            if ("b".equals(cellType)) {
                return "1".equals(v.trim()) ? "true" : "false";
            }
            if ("d".equals(cellType)) {
                return v.length() >= 10 ? v.substring(0, 10) : v;
            }
            try {
                double number = Double.parseDouble(v);
                if (cellStyle >= 0 && styles != null && cellStyle < styles.getNumCellStyles()) {
                    XSSFCellStyle style = styles.getStyleAt(cellStyle);
                    if (DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString())
                            && DateUtil.isValidExcelDate(number)) {
                        return DateUtil.getLocalDateTime(number).toLocalDate().toString();
                    }
                }
                return new BigDecimal(v.trim()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return v;
            }
        }

        private void endRow() throws SAXException {
            if (!headerRead) {
                headerRead = true;
                if (rowNumber != 1) {
                    problems.add(Problem.atLine(1, null, "supervision.import.header-first-row"));
                    return;
                }
                int last = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
                for (int c = 0; c <= last; c++) {
                    header.add(TaskSheet.columnName(cells.getOrDefault(c, "")));
                }
                while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
                    header.remove(header.size() - 1);
                }
                return;
            }
            if (cells.values().stream().allMatch(String::isBlank)) {
                return;
            }
            if (++read > maxRows) {
                throw new TooManyRows(rowNumber);
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), cells.getOrDefault(c, ""));
            }
            for (Map.Entry<Integer, String> cell : cells.entrySet()) {
                if (cell.getKey() >= header.size() && !cell.getValue().isBlank()) {
                    problems.add(Problem.atLine(rowNumber, null, "supervision.import.cell-without-header",
                            TaskCsvReader.cellName(cell.getKey(), rowNumber)));
                }
            }
            rows.add(new TaskSheet.Row(rowNumber, values));
        }

        TaskSheet result() {
            if (!headerRead || header.isEmpty()) {
                return TaskSheet.refused(problems.isEmpty() ? List.of(Problem.atLine(1, "file", "file.empty")) : problems);
            }
            List<Problem> headerProblems = new ArrayList<>(problems.stream()
                    .filter(p -> p.line() != null && p.line() == 1).toList());
            headerProblems.addAll(TaskSheet.checkHeader(header));
            int lastLine = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line();
            List<Problem> mergeProblems = new ArrayList<>();
            for (String ref : merged) {
                if (ref == null) {
                    continue;
                }
                String[] ends = ref.split(":");
                CellReference first = new CellReference(ends[0]);
                CellReference last = new CellReference(ends[ends.length - 1]);
                int firstLine = first.getRow() + 1;
                if (firstLine == 1) {
                    headerProblems.add(Problem.atLine(1, null, "supervision.import.merged-cells", ref));
                    continue;
                }
                String column = first.getCol() < header.size() ? header.get(first.getCol()) : null;
                for (int line = firstLine; line <= Math.min(last.getRow() + 1, lastLine); line++) {
                    mergeProblems.add(Problem.atLine(line, column, "supervision.import.merged-cells", ref));
                }
            }
            if (!headerProblems.isEmpty()) {
                return TaskSheet.refused(headerProblems);
            }
            if (rows.isEmpty()) {
                return TaskSheet.refused(Problem.atLine(1, "file", "supervision.import.no-rows"));
            }
            List<Problem> all = new ArrayList<>(problems);
            all.addAll(mergeProblems);
            all.sort(java.util.Comparator.comparingInt(p -> p.line() == null ? 0 : p.line()));
            return new TaskSheet(rows, all, false);
        }
    }
}
