package nl.gesprekswijzer.engine.cao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTests {

  private final List<String> problems = new ArrayList<>();

  @Test
  void readsCommasAndQuotesInsideQuotedFields() {
    List<Csv.Record> records = parse("a,\"Cao X, art. 5\",\"say \"\"paid\"\"\",\n");

    assertThat(records).singleElement().satisfies(r -> assertThat(r.fields())
        .containsExactly("a", "Cao X, art. 5", "say \"paid\"", ""));
    assertThat(problems).isEmpty();
  }

  @Test
  void skipsCommentsAndBlankLinesAndCountsLinesAsAnEditorDoes() {
    List<Csv.Record> records = parse("# columns explained\n# more\ncao,id\n\nx,\"two\nlines\"\ny,z");

    assertThat(records).extracting(Csv.Record::line).containsExactly(3, 5, 7);
    assertThat(records.get(1).fields()).containsExactly("x", "two\nlines");
    assertThat(records.get(2).fields()).containsExactly("y", "z");
  }

  @Test
  void readsWindowsLineEndsAndAByteOrderMark() {
    List<Csv.Record> records = parse("\uFEFFcao,id\r\nx,y\r\n");

    assertThat(records).extracting(Csv.Record::fields).containsExactly(List.of("cao", "id"), List.of("x", "y"));
  }

  @Test
  void reportsAQuotedFieldThatIsNotClosed() {
    List<Csv.Record> records = parse("cao,id\nx,\"open\ny,z\n");

    assertThat(records).hasSize(1);
    assertThat(problems).containsExactly("cao/t.csv line 2: a quoted field is not closed");
  }

  @Test
  void reportsAQuoteInsideAnUnquotedFieldAndDropsTheRecord() {
    List<Csv.Record> records = parse("cao,id\nx,say \"this\"\ny,z\n");

    assertThat(records).extracting(Csv.Record::line).containsExactly(1, 3);
    assertThat(problems)
        .containsExactly("cao/t.csv line 2: a quote (\") inside a field: quote the whole field and double the quote");
  }

  @Test
  void reportsTextAfterAClosingQuote() {
    parse("cao,id\n\"x\" and more,y\n");

    assertThat(problems).containsExactly("cao/t.csv line 2: text after the closing quote of a field");
  }

  private List<Csv.Record> parse(String content) {
    return Csv.parse("cao/t.csv", content, problems);
  }
}
