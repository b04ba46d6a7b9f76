package id.alursop;

import id.alursop.validation.FormField;
import java.util.List;

/** A valid example value for a form field, as staff would enter it. */
public final class IsianContoh {

  private IsianContoh() {
  }

  public static Object untuk(FormField field) {
    String first = field.allowedValues() == null || field.allowedValues().isEmpty() ? null : field.allowedValues().get(0);
    return switch (field.type()) {
      case "number" -> field.min() != null ? field.min().longValue() : 1L;
      case "checkbox" -> Boolean.TRUE;
      case "checklist", "taglist" -> first == null ? List.of() : List.of(first);
      case "radio", "select" -> first;
      case "datetime" -> "2026-12-01";
      default -> {
        if (field.pattern() != null) {
          yield field.pattern().contains("{16}") ? "3271010101010001" : "5";
        }
        String teks = "Uji " + field.key();
        int min = field.minLength() == null ? 0 : field.minLength();
        while (teks.length() < min) {
          teks += " uji";
        }
        yield field.maxLength() != null && teks.length() > field.maxLength() ? teks.substring(0, field.maxLength()) : teks;
      }
    };
  }
}
