package io.missive.processor.write;

import com.palantir.javapoet.ClassName;

/**
 * The classes of the JDK and of Jackson that the generated code names, each once; Missive's own are in
 * {@link io.missive.processor.model.RuntimeNames}.
 */
final class Names {

  private Names() {}

  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  static final ClassName CLOCK = ClassName.get("java.time", "Clock");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");
  static final ClassName SERIALIZABLE = ClassName.get("java.io", "Serializable");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  static final ClassName SERIALIZED_STRING = ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");
  static final ClassName SERIALIZABLE_STRING = ClassName.get("com.fasterxml.jackson.core", "SerializableString");

  static final ClassName JSON_SERIALIZE =
      ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonSerialize");
  static final ClassName JSON_DESERIALIZE =
      ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
  static final ClassName JSON_SERIALIZER = ClassName.get("com.fasterxml.jackson.databind", "JsonSerializer");
  static final ClassName JSON_DESERIALIZER = ClassName.get("com.fasterxml.jackson.databind", "JsonDeserializer");
  static final ClassName SERIALIZER_PROVIDER = ClassName.get("com.fasterxml.jackson.databind", "SerializerProvider");
  static final ClassName DESERIALIZATION_CONTEXT =
      ClassName.get("com.fasterxml.jackson.databind", "DeserializationContext");

}
