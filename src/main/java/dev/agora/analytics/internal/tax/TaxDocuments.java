package dev.agora.analytics.internal.tax;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.agora.analytics.internal.charts.ChartCsv;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

/** Tax figures as CSV (operators' spreadsheets) and PDF (operators' report, a seller's annual statement). */
public final class TaxDocuments {

    private TaxDocuments() {}

    public static String csv(List<SellerYear> sellers) {
        var csv = new StringBuilder("seller_id,seller,year,currency,gross_volume,transactions,flags\r\n");
        for (SellerYear s : sellers) {
            csv.append(s.sellerId()).append(',').append(ChartCsv.cell(s.seller())).append(',').append(s.year()).append(',')
                    .append(s.gross().currencyCode()).append(',').append(s.gross().amount().toPlainString()).append(',')
                    .append(s.transactions()).append(',').append(String.join(" ", s.flags())).append("\r\n");
        }
        return csv.toString();
    }

    /** The operators' report: every seller of the year with their figures and flags. */
    public static byte[] report(int year, List<SellerYear> sellers, String marketplace, Instant generatedAt) {
        return pdf(document -> {
            document.add(new Paragraph(marketplace + " – tax report " + year, font(16, Font.BOLD)));
            document.add(new Paragraph("Gross volume and completed transactions per seller (UTC calendar year). Generated "
                    + generatedAt + ".", font(9, Font.NORMAL)));
            document.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(new float[] {4, 2, 1.4f, 2.2f});
            table.setWidthPercentage(100);
            header(table, "Seller", "Gross volume", "Transactions", "Flags");
            for (SellerYear s : sellers) {
                cell(table, s.seller() + "\n" + s.sellerId(), Element.ALIGN_LEFT);
                cell(table, s.gross().currencyCode() + " " + s.gross().amount().toPlainString(), Element.ALIGN_RIGHT);
                cell(table, String.valueOf(s.transactions()), Element.ALIGN_RIGHT);
                cell(table, String.join(", ", s.flags()), Element.ALIGN_LEFT);
            }
            document.add(table);
        });
    }

    /** A seller's annual statement. */
    public static byte[] statement(int year, String seller, List<SellerYear> figures, String marketplace, Instant generatedAt) {
        return pdf(document -> {
            document.add(new Paragraph(marketplace + " – annual statement " + year, font(16, Font.BOLD)));
            document.add(new Paragraph("Seller: " + seller, font(11, Font.NORMAL)));
            document.add(new Paragraph("Gross volume: what buyers paid for your completed orders in " + year
                    + " (UTC), before the platform's commission and without buyer fees. Generated " + generatedAt + ".",
                    font(9, Font.NORMAL)));
            document.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(new float[] {2, 2, 2});
            table.setWidthPercentage(100);
            header(table, "Currency", "Gross volume", "Transactions");
            for (SellerYear s : figures) {
                cell(table, s.gross().currencyCode(), Element.ALIGN_LEFT);
                cell(table, s.gross().amount().toPlainString(), Element.ALIGN_RIGHT);
                cell(table, String.valueOf(s.transactions()), Element.ALIGN_RIGHT);
            }
            if (figures.isEmpty()) {
                PdfPCell none = new PdfPCell(new Phrase("No completed sales in " + year + ".", font(10, Font.NORMAL)));
                none.setColspan(3);
                table.addCell(none);
            }
            document.add(table);
            List<String> flags = figures.stream().flatMap(s -> s.flags().stream()).distinct().toList();
            if (!flags.isEmpty()) {
                document.add(new Paragraph(" "));
                document.add(new Paragraph("The marketplace reports these figures to the tax authorities under: "
                        + String.join(", ", flags) + ".", font(10, Font.NORMAL)));
            }
        });
    }

    private interface Body {
        void write(Document document) throws Exception;
    }

    private static byte[] pdf(Body body) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            body.write(document);
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the PDF", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void header(PdfPTable table, String... titles) {
        for (String title : titles) {
            PdfPCell cell = new PdfPCell(new Phrase(title, font(10, Font.BOLD)));
            cell.setPadding(5);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    private static void cell(PdfPTable table, String text, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font(10, Font.NORMAL)));
        cell.setHorizontalAlignment(align);
        cell.setPadding(5);
        table.addCell(cell);
    }

    private static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, size, style);
    }
}
