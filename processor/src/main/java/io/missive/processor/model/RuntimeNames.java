package io.missive.processor.model;

import com.palantir.javapoet.ClassName;
import io.missive.MessageCodec;
import io.missive.MessageCodecProvider;
import io.missive.MessageFormatException;
import io.missive.MessageJsonReader;
import io.missive.MessageSource;
import io.missive.PartitionKey;
import io.missive.Sensitive;
import io.missive.Upcast;
import io.missive.internal.AbstractBuilder;
import io.missive.internal.CloudEventCodec;
import io.missive.internal.Copies;
import io.missive.internal.JsonRead;
import io.missive.internal.JsonWrite;
import io.missive.internal.MemberNames;
import io.missive.internal.ScalarReaders;
import io.missive.internal.ScalarWriters;
import io.missive.internal.Urls;
import io.missive.json.JsonObject;

/**
 * Every name of Missive's runtime ({@code missive-annotations}) that the processor looks up among the
 * elements or writes into generated code, taken from the classes themselves: a class that moves or is
 * renamed is a compile error here, not a wrong name in generated code. The three kinds' annotations
 * and envelope base classes are named the same way on {@link MessageKind}.
 */
public final class RuntimeNames {

  // What users write.
  public static final ClassName MESSAGE_SOURCE = ClassName.get(MessageSource.class);
  public static final ClassName UPCAST = ClassName.get(Upcast.class);
  public static final ClassName SENSITIVE = ClassName.get(Sensitive.class);
  public static final ClassName PARTITION_KEY = ClassName.get(PartitionKey.class);
  /** What an upcaster takes and may return. */
  public static final ClassName JSON_OBJECT = ClassName.get(JsonObject.class);

  // The contracts generated code implements and names.
  /** The type of an envelope's {@code JSON} constant. */
  public static final ClassName MESSAGE_CODEC = ClassName.get(MessageCodec.class);
  /** What an envelope's nested {@code CodecProvider} implements, for {@code ServiceLoader}. */
  public static final ClassName MESSAGE_CODEC_PROVIDER = ClassName.get(MessageCodecProvider.class);
  public static final ClassName MESSAGE_FORMAT_EXCEPTION = ClassName.get(MessageFormatException.class);
  public static final ClassName MESSAGE_JSON_READER = ClassName.get(MessageJsonReader.class);

  // What generated code extends and calls.
  /** The superclass of a generated builder. */
  public static final ClassName ABSTRACT_BUILDER = ClassName.get(AbstractBuilder.class);
  /** The superclass of a generated codec. */
  public static final ClassName CLOUD_EVENT_CODEC = ClassName.get(CloudEventCodec.class);
  public static final ClassName JSON_READ = ClassName.get(JsonRead.class);
  public static final ClassName JSON_WRITE = ClassName.get(JsonWrite.class);
  /** The member names a generated reader numbers its members by. */
  public static final ClassName MEMBER_NAMES = ClassName.get(MemberNames.class);
  public static final ClassName SCALAR_READERS = ClassName.get(ScalarReaders.class);
  public static final ClassName SCALAR_WRITERS = ClassName.get(ScalarWriters.class);
  public static final ClassName COPIES = ClassName.get(Copies.class);
  /** How a payload compares its URLs: by their text. */
  public static final ClassName URLS = ClassName.get(Urls.class);

  private RuntimeNames() {}
}
