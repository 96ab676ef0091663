package org.windsweep.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The input readers' JSON tree is the tree an ObjectMapper reads, node type for node type, and refuses what follows it. */
class JsonTreeTest {

    private static final Path REFERENCE = Path.of(System.getProperty("windsweep.reference.dir", "src/test/resources/reference"));

    private static void assertSameTreeAsTheMapper(String text) throws JsonProcessingException {
        JsonNode expected = new ObjectMapper().readTree(text);
        JsonNode actual = JsonTree.read(text);
        // equals compares node classes too: an int read as a long or a double would differ
        assertEquals(expected, actual, text);
        assertEquals(expected.toString(), actual.toString(), text);
    }

    @Test
    void everyKindOfValueReadsAsTheMapperReadsIt() throws JsonProcessingException {
        assertSameTreeAsTheMapper("{\"i\": 7, \"neg\": -3, \"long\": 12345678901, \"big\": 123456789012345678901234567890,"
                + " \"d\": 2.5, \"e\": 1e-3, \"wide\": 1e999, \"s\": \"Horns Rev \\u00e9 /\", \"t\": true, \"f\": false,"
                + " \"n\": null, \"a\": [[1, 2.0], [], {}], \"o\": {\"p\": {\"q\": [null]}}}");
        assertSameTreeAsTheMapper("[1, 2, 3]");
        assertSameTreeAsTheMapper("\"only a string\"");
        assertSameTreeAsTheMapper("  ");
    }

    @Test
    void theReferenceCasesAndExamplesReadAsTheMapperReadsThem() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(REFERENCE.resolve("aep-cases")), Files.list(Path.of("examples")))) {
            long read = 0;
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".json"))::iterator) {
                assertSameTreeAsTheMapper(Files.readString(file));
                read++;
            }
            assertTrue(read > 3, "found " + read + " JSON files");
        }
    }

    @Test
    void contentAfterTheDocumentIsAnErrorWithItsLine() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> JsonTree.read("{\"a\": 1}\n{\"b\": 2}"));
        assertEquals(2, e.getLocation().getLineNr(), e.getMessage());
        assertThrows(JsonProcessingException.class, () -> JsonTree.read("[1, 2] 3"));
    }

    /** The mapper keeps the last of a key given twice; a file that says two things is refused, at the second. */
    @Test
    void aKeyGivenTwiceInOneObjectIsAnErrorWithItsLine() throws JsonProcessingException {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> JsonTree.read("{\"o\": {\"dup\": 1,\n \"dup\": 2}}"));
        assertEquals(2, e.getLocation().getLineNr(), e.getMessage());
        assertTrue(e.getOriginalMessage().contains("the key 'dup' appears twice"), e.getOriginalMessage());
        assertSameTreeAsTheMapper("{\"a\": {\"k\": 1}, \"b\": {\"k\": 2}}");
    }

    @Test
    void anUnfinishedDocumentIsAnErrorNotAPartialTree() {
        for (String text : new String[] {"{\"a\": [1, 2", "{\"a\": ", "[{\"b\": 1}", "{\"a\" 1}", "[1,,2]"}) {
            assertThrows(JsonProcessingException.class, () -> JsonTree.read(text), text);
        }
    }
}
