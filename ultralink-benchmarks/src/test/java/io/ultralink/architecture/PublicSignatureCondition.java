package io.ultralink.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/** No public or protected signature of an API type names a type from an internal package. */
final class PublicSignatureCondition extends ArchCondition<JavaClass> {

    PublicSignatureCondition() {
        super("expose no internal type in a public or protected signature");
    }

    /** A type users can see: public, outside internal packages, and nested only in such types. */
    static boolean isApi(JavaClass c) {
        if (ArchitectureTest.isInternal(c) || !c.getModifiers().contains(JavaModifier.PUBLIC)
                || c.isAnonymousClass() || c.isLocalClass()) {
            return false;
        }
        return c.getEnclosingClass().map(PublicSignatureCondition::isApi).orElse(true);
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        List<JavaType> types = new ArrayList<>();
        item.getSuperclass().ifPresent(types::add);
        types.addAll(item.getInterfaces());
        report(item, item.getName(), types, events);
        for (JavaMember m : item.getMembers()) {
            if (!visible(item, m)) {
                continue;
            }
            List<JavaType> used = new ArrayList<>();
            if (m instanceof JavaField f) {
                used.add(f.getType());
            } else if (m instanceof JavaCodeUnit u) {
                used.add(u.getReturnType());
                used.addAll(u.getParameterTypes());
                u.getThrowsClause().getTypes().forEach(used::add);
            }
            report(item, m.getFullName(), used, events);
        }
    }

    private static boolean visible(JavaClass owner, JavaMember m) {
        if (m.getModifiers().contains(JavaModifier.SYNTHETIC) || m.getModifiers().contains(JavaModifier.BRIDGE)) {
            return false;
        }
        if (m.getModifiers().contains(JavaModifier.PUBLIC)) {
            return true;
        }
        return m.getModifiers().contains(JavaModifier.PROTECTED) && !owner.getModifiers().contains(JavaModifier.FINAL);
    }

    private static void report(JavaClass item, String where, List<JavaType> types, ConditionEvents events) {
        for (JavaType t : types) {
            for (JavaClass raw : t.getAllInvolvedRawTypes()) {
                if (ArchitectureTest.isInternal(raw)) {
                    events.add(SimpleConditionEvent.violated(item, where + " exposes internal type " + raw.getName()));
                }
            }
        }
    }
}
