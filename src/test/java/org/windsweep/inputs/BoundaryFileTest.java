package org.windsweep.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.InvalidInputException;

class BoundaryFileTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aFeatureCollectionGivesRegionsWithHolesAndExclusionZones() throws Exception {
        Path file = write("site.geojson", """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"name": "lease"}, "geometry": {"type": "MultiPolygon",
                   "coordinates": [[[[500000, 5700000], [504000, 5700000], [504000, 5703000], [500000, 5700000]],
                                    [[503000, 5700500], [503500, 5700500], [503500, 5701000], [503000, 5700500]]],
                                   [[[510000, 5700000], [512000, 5700000], [512000, 5702000], [510000, 5700000]]]]}},
                  {"type": "Feature", "properties": {"name": "wreck", "exclusion": true}, "geometry": {"type": "Polygon",
                   "coordinates": [[[501000, 5700100], [501100, 5700100], [501100, 5700200], [501000, 5700100]]]}}
                ]}""");
        BoundaryFile.Contents contents = BoundaryFile.read(file);
        assertEquals(2, contents.regions().size());
        assertEquals(1, contents.regions().get(0).holes().size());
        assertEquals(1, contents.exclusions().size());
        assertTrue(contents.exclusions().get(0).label().endsWith("feature 1 'wreck'"),
                contents.exclusions().get(0).label());
        assertTrue(contents.regions().get(1).label().endsWith("feature 0 'lease' polygon 1"),
                contents.regions().get(1).label());
    }

    /** A flag that is not true or false (or 1/0, "true"/"false" as GIS tools export them), such as "yes", was read as a region. */
    @Test
    void anExclusionFlagThatIsNotTrueOrFalseIsRefused() throws Exception {
        String collection = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"name": "lease"}, "geometry": {"type": "Polygon",
                   "coordinates": [[[500000, 5700000], [504000, 5700000], [504000, 5703000], [500000, 5700000]]]}},
                  {"type": "Feature", "properties": {"name": "wreck", "exclusion": FLAG}, "geometry": {"type": "Polygon",
                   "coordinates": [[[501000, 5700100], [501100, 5700100], [501100, 5700200], [501000, 5700100]]]}}
                ]}""";
        Path file = write("flag.geojson", collection.replace("FLAG", "\"yes\""));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BoundaryFile.read(file));
        assertEquals(file + ": feature 1 'wreck' has \"exclusion\": \"yes\"; give true (or 1) for an exclusion zone, "
                + "false (or 0, or leave it out) for a region", e.getMessage());
        for (String flag : new String[] {"true", "1", "\"true\"", "\"TRUE\""}) {
            BoundaryFile.Contents read = BoundaryFile.read(write("exported.geojson", collection.replace("FLAG", flag)));
            assertEquals(1, read.exclusions().size(), flag);
        }
        for (String flag : new String[] {"false", "0", "\"false\"", "null"}) {
            BoundaryFile.Contents read = BoundaryFile.read(write("exported.geojson", collection.replace("FLAG", flag)));
            assertEquals(2, read.regions().size(), flag);
        }
    }

    @Test
    void aKeyGivenTwiceIsRefusedWithItsLine() throws Exception {
        Path file = write("twice.geojson", "{\"type\": \"Polygon\",\n \"type\": \"MultiPolygon\", \"coordinates\": []}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BoundaryFile.read(file));
        assertEquals(file + ": not valid JSON (the key 'type' appears twice in one object at line 2); fix the syntax",
                e.getMessage());
    }

    @Test
    void longitudeLatitudeIsRefusedWithAHintToProject() throws Exception {
        Path file = write("lonlat.geojson", """
                {"type": "Polygon", "coordinates": [[[3.0, 51.6], [3.1, 51.6], [3.1, 51.7], [3.0, 51.6]]]}""");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BoundaryFile.read(file));
        assertTrue(e.getMessage().contains("look like longitude/latitude degrees; project the file to metres"),
                e.getMessage());
    }

    @Test
    void anUnknownGeoJsonTypeNamesTheFileAndTheFix() throws Exception {
        Path file = write("bad.geojson", "{\"type\": \"Polygonn\", \"coordinates\": []}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BoundaryFile.read(file));
        assertEquals(file + ": the document has unknown GeoJSON type 'Polygonn'; give a Polygon, MultiPolygon,"
                + " Feature or FeatureCollection", e.getMessage());
        Path line = write("line.geojson", "{\"type\": \"LineString\", \"coordinates\": [[0, 0], [1000, 1000]]}");
        InvalidInputException lineError = assertThrows(InvalidInputException.class, () -> BoundaryFile.read(line));
        assertTrue(lineError.getMessage().contains("give a Polygon or MultiPolygon"), lineError.getMessage());
    }

    @Test
    void theIea37BoundaryYamlGivesItsNamedRegions() {
        BoundaryFile.Contents cs4 = BoundaryFile.read(Path.of("examples", "iea37", "iea37-boundary-cs4.yaml"));
        assertEquals(5, cs4.regions().size());
        assertTrue(cs4.regions().get(4).label().endsWith("region 'IVc'"), cs4.regions().get(4).label());
        assertEquals(0, cs4.exclusions().size());
    }
}
