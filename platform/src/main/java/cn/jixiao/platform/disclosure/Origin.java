package cn.jixiao.platform.disclosure;

/**
 * Where a new disclosure's content came from, recorded with it once.
 *
 * @param fiscalYear the source year of a roll-forward, else null
 * @param revision   the source revision of a roll-forward, else null
 * @param fileName   the uploaded file of an import, else null
 */
public record Origin(Kind kind, Integer fiscalYear, Integer revision, String fileName) {

    public enum Kind { ROLL_FORWARD, IMPORT, DEMO }

    public static Origin demo() {
        return new Origin(Kind.DEMO, null, null, null);
    }

    public static Origin rolledForwardFrom(int fiscalYear, int revision) {
        return new Origin(Kind.ROLL_FORWARD, fiscalYear, revision, null);
    }

    public static Origin importedFrom(String fileName) {
        return new Origin(Kind.IMPORT, null, null, fileName);
    }
}
