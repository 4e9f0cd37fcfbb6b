package io.missive.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import io.missive.processor.model.RuntimeNames;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.Upcaster;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Writes the envelope's JSON members: its {@code JSON} constant (the codec), {@code codec()}, through
 * which the run-time base class writes the message and knows its type and version, and the static
 * {@code fromJson} methods.
 */
final class EnvelopeJsonWriter {

  private final MessageType model;
  private final ClassName envelope;
  private final String kindWord;

  EnvelopeJsonWriter(MessageType model) {
    this.model = model;
    this.envelope = model.envelope();
    this.kindWord = model.kind().envelopeSuffix().toLowerCase(Locale.ROOT);
  }

  /** {@code JSON}, the codec of the envelope. */
  FieldSpec jsonConstant() {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "Reads and writes {@code $L} $Ls as CloudEvents 1.0 JSON (structured mode).\nRegister"
                    + " it with {@link $L} to read a stream of many message\ntypes.\n",
                model.type(),
                kindWord,
                RuntimeNames.MESSAGE_JSON_READER.canonicalName());
    List<Upcaster> upcasters = model.upcasters();
    if (upcasters.isEmpty()) {
      doc.add("\n<p>Reads version $L only.\n", model.version());
    } else {
      doc.add(
          "\n<p>Reads versions $L to $L; older ones through the upcasters:\n<ul>\n",
          model.oldestVersion(),
          model.version());
      for (Upcaster upcaster : upcasters) {
        doc.add(
            "<li>$L to $L: {@link $T#$L}\n",
            upcaster.from(),
            upcaster.from() + 1,
            model.payloadInterface(),
            upcaster.method());
      }
      doc.add("</ul>\n");
    }
    return FieldSpec.builder(
            ParameterizedTypeName.get(RuntimeNames.MESSAGE_CODEC, envelope),
            "JSON",
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(doc.build())
        .initializer("new $T()", envelope.nestedClass(JsonCodecWriter.CODEC_CLASS))
        .build();
  }

  /** {@code codec()} and the three {@code fromJson} methods. */
  List<MethodSpec> methods() {
    String readDoc =
        "Reads one {@code $L} $L, of any version {@link #JSON} reads.\n\n@throws $T if the JSON is"
            + " malformed, is not a\n    CloudEvents 1.0 {@code $L} $L of a readable version, or"
            + " lacks\n    a payload field; its message names the JSON path\n";
    return List.of(
        // The run-time base class writes the JSON (toJson, toJsonBytes, writeJson) through it.
        MethodSpec.methodBuilder("codec")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(ParameterizedTypeName.get(RuntimeNames.MESSAGE_CODEC, envelope))
            .addStatement("return JSON")
            .build(),
        MethodSpec.methodBuilder("fromJson")
            .addJavadoc(readDoc, model.type(), kindWord, RuntimeNames.MESSAGE_FORMAT_EXCEPTION, model.type(), kindWord)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(Names.STRING, "json")
            .returns(envelope)
            .addStatement("return JSON.fromJson(json)")
            .build(),
        MethodSpec.methodBuilder("fromJson")
            .addJavadoc(
                "Reads one {@code $L} $L from JSON in UTF-8, of any version {@link #JSON} reads.\n\n"
                    + "@throws $T as {@link #fromJson(String)}\n",
                model.type(),
                kindWord,
                RuntimeNames.MESSAGE_FORMAT_EXCEPTION)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(byte[].class, "json")
            .returns(envelope)
            .addStatement("return JSON.fromJson(json)")
            .build(),
        MethodSpec.methodBuilder("fromJson")
            .addJavadoc(
                "Reads one {@code $L} $L from {@code parser}: the object at its current\ntoken, or at the"
                    + " next token if it has none or is on a member name; leaves the\nparser on the"
                    + " object's end.\n\n"
                    + "@throws $T as {@link #fromJson(String)}\n@throws $T if the parser's input fails\n",
                model.type(),
                kindWord,
                RuntimeNames.MESSAGE_FORMAT_EXCEPTION,
                Names.IO_EXCEPTION)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(Names.JSON_PARSER, "parser")
            .addException(Names.IO_EXCEPTION)
            .returns(envelope)
            .addStatement("return JSON.read(parser)")
            .build());
  }
}
