package id.alursop.validation;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a form-js pattern (a JavaScript regex without flags) so that Java's
 * {@code matcher(v).find()} behaves like JavaScript's {@code new RegExp(p).test(v)}.
 *
 * <p>Differences handled: JavaScript {@code $} matches only at the very end of the input,
 * Java {@code $} also before a final line break (so {@code "1234\n"} would pass
 * {@code ^\d{4}$}); it becomes {@code \z}. Inside a character class JavaScript takes
 * {@code [} and {@code &} literally, Java does not; they are escaped.
 */
final class JsRegex {

    private JsRegex() {
    }

    /**
     * @throws PatternSyntaxException when the pattern is not valid
     */
    static Pattern compile(String jsPattern) {
        return Pattern.compile(toJava(jsPattern));
    }

    static String toJava(String js) {
        StringBuilder out = new StringBuilder(js.length() + 8);
        boolean inClass = false;
        for (int i = 0; i < js.length(); i++) {
            char c = js.charAt(i);
            if (c == '\\' && i + 1 < js.length()) {
                out.append(c).append(js.charAt(++i));
            } else if (inClass) {
                if (c == ']') {
                    inClass = false;
                    out.append(c);
                } else if (c == '[' || c == '&') {
                    out.append('\\').append(c);
                } else {
                    out.append(c);
                }
            } else if (c == '[') {
                inClass = true;
                out.append(c);
            } else if (c == '$') {
                out.append("\\z");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
