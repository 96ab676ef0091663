package org.windsweep.testing;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Runs a piece of code with another default locale, as on the machine of a user whose system language is German or
 * Arabic (the JVM takes its default from the system's), and puts the previous default back. Tests run one at a time in
 * their JVM, so no other test sees the change.
 */
public final class DefaultLocale {

    /** German: a comma as decimal separator. */
    public static final Locale GERMAN = Locale.GERMANY;
    /** Arabic: Arabic-Indic digits and an Arabic decimal separator. */
    public static final Locale ARABIC = Locale.forLanguageTag("ar-EG");

    private DefaultLocale() {
    }

    public static <T> T with(Locale locale, Supplier<T> code) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            return code.get();
        } finally {
            Locale.setDefault(before);
        }
    }
}
