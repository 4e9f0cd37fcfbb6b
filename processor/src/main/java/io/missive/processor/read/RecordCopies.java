package io.missive.processor.read;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import io.missive.processor.model.MutableComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Finds the components of the user's records, reached from a payload, that hold a collection their
 * record does not copy. Whether a record copies a component is read from its source: an assignment to
 * it in the canonical (or compact) constructor, or an accessor of its own that returns something else
 * than the field. A record without source here
 * (from a class file), or a compiler without the tree API, is not judged.
 */
final class RecordCopies {

  private static final Map<String, String> COLLECTIONS =
      Map.of("java.util.List", "List", "java.util.Set", "Set", "java.util.Map", "Map");

  private final Trees trees;

  RecordCopies(ProcessingEnvironment environment) {
    this.trees = treesOf(environment);
  }

  private static Trees treesOf(ProcessingEnvironment environment) {
    try {
      return Trees.instance(environment);
    } catch (IllegalArgumentException | LinkageError e) {
      // Not javac (Eclipse's compiler, say): the rule then judges nothing.
      return null;
    }
  }

  /** The facts, and the component element of each, in the order of the payload. */
  record Found(List<MutableComponent> components, List<Element> elements) {}

  Found find(Iterable<TypeMirror> payloadTypes) {
    List<MutableComponent> components = new ArrayList<>();
    List<Element> elements = new ArrayList<>();
    if (trees == null) {
      return new Found(components, elements);
    }
    Set<TypeElement> records = new LinkedHashSet<>();
    for (TypeMirror type : payloadTypes) {
      TypeScan.scan(
          type,
          t -> {
            if (t.getKind() == TypeKind.DECLARED
                && ((DeclaredType) t).asElement().getKind() == ElementKind.RECORD) {
              records.add((TypeElement) ((DeclaredType) t).asElement());
            }
          });
    }
    for (TypeElement record : records) {
      Set<String> copied = copiedComponents(record);
      if (copied == null) {
        continue;
      }
      for (RecordComponentElement component : record.getRecordComponents()) {
        String name = component.getSimpleName().toString();
        Holding holding = holding(component.asType());
        if (holding != null && !copied.contains(name)) {
          // @SuppressWarnings on a component reaches its accessor (it cannot target the component).
          Element accessor = component.getAccessor();
          Set<String> suppressed = new HashSet<>(Suppressions.on(accessor));
          suppressed.addAll(Suppressions.around(record));
          components.add(
              new MutableComponent(
                  record.getSimpleName().toString(), name, holding.collection(), holding.inOptional(), suppressed));
          elements.add(fieldOf(record, name));
        }
      }
    }
    return new Found(components, elements);
  }

  /**
   * The field that holds component {@code name}: javac places a message on it at the component in
   * the record's header (on the component itself, or its accessor, it has no place).
   */
  private static Element fieldOf(TypeElement record, String name) {
    for (Element field : ElementFilter.fieldsIn(record.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(name)) {
        return field;
      }
    }
    return record;
  }

  /** The collection a component's type is, or holds inside an {@code Optional}. */
  private record Holding(String collection, boolean inOptional) {}

  private static Holding holding(TypeMirror type) {
    String name = erasure(type);
    if (COLLECTIONS.containsKey(name)) {
      return new Holding(COLLECTIONS.get(name), false);
    }
    if (name.equals("java.util.Optional") && !((DeclaredType) type).getTypeArguments().isEmpty()) {
      String inner = erasure(((DeclaredType) type).getTypeArguments().get(0));
      return COLLECTIONS.containsKey(inner) ? new Holding(COLLECTIONS.get(inner), true) : null;
    }
    return null;
  }

  private static String erasure(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString()
        : "";
  }

  /**
   * The components the record takes care of: assigned in a constructor (other than to the parameter
   * of the same name, unchanged) or returned by an accessor of its own; {@code null} when the record
   * has no source here.
   */
  private Set<String> copiedComponents(TypeElement record) {
    if (trees.getTree(record) == null) {
      return null;
    }
    Set<String> names = new HashSet<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      names.add(component.getSimpleName().toString());
    }
    Set<String> copied = new HashSet<>();
    for (ExecutableElement method : ElementFilter.methodsIn(record.getEnclosedElements())) {
      String name = method.getSimpleName().toString();
      if (names.contains(name) && method.getParameters().isEmpty() && returnsOtherThanItsField(method, name)) {
        copied.add(name);
      }
    }
    // The canonical constructor javac makes when there is none assigns each parameter unchanged.
    for (ExecutableElement constructor : ElementFilter.constructorsIn(record.getEnclosedElements())) {
      MethodTree tree = trees.getTree(constructor);
      if (tree == null || tree.getBody() == null) {
        continue;
      }
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitAssignment(AssignmentTree assignment, Void unused) {
          String target = assigned(assignment.getVariable());
          if (target != null && names.contains(target) && !isJust(assignment.getExpression(), target)) {
            copied.add(target);
          }
          return super.visitAssignment(assignment, unused);
        }
      }.scan(tree.getBody(), null);
    }
    return copied;
  }

  /**
   * Whether the accessor {@code name()} of the record is one of its own that returns something else
   * than the field (a copy, a view): the accessor javac makes, or {@code return items;}, does not.
   */
  private boolean returnsOtherThanItsField(ExecutableElement accessor, String name) {
    MethodTree tree = trees.getTree(accessor);
    if (tree == null || tree.getBody() == null) {
      return false;
    }
    List<? extends StatementTree> statements = tree.getBody().getStatements();
    if (statements.size() == 1 && statements.get(0) instanceof ReturnTree returned) {
      ExpressionTree value = returned.getExpression();
      return !(isJust(value, name) || name.equals(assigned(value)));
    }
    return true;
  }

  /** {@code items} for {@code items = ...} and {@code this.items = ...}; otherwise {@code null}. */
  private static String assigned(ExpressionTree variable) {
    if (variable instanceof IdentifierTree identifier) {
      return identifier.getName().toString();
    }
    if (variable instanceof MemberSelectTree select
        && select.getExpression() instanceof IdentifierTree owner
        && owner.getName().contentEquals("this")) {
      return select.getIdentifier().toString();
    }
    return null;
  }

  private static boolean isJust(ExpressionTree expression, String name) {
    return expression instanceof IdentifierTree identifier && identifier.getName().contentEquals(name);
  }
}
