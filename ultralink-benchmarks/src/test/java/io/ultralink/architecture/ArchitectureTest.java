package io.ultralink.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of ARCHITECTURE.md ("Modules and what each may use"), checked on the
 * compiled main classes of every module.
 */
class ArchitectureTest {

    /**
     * Known breaks, each to be removed by the change named: {@code io.ultralink.llm.usage} belongs to
     * the usage-ledger rewrite (issue 22) and still reads the backends' JSON alias.
     */
    static final Set<String> KNOWN = Set.of(
            "io.ultralink.llm.usage.UsageReport -> io.ultralink.llm.http.internal.Json");

    private static JavaClasses all;

    @BeforeAll
    static void importModules() {
        all = new ClassFileImporter().importPaths(Modules.ALLOWED.keySet().stream().map(Modules::classes).toList());
    }

    static Optional<String> moduleOf(JavaClass c) {
        return c.getSource().flatMap(s -> Modules.ofLocation(s.getUri().toString()));
    }

    @Test
    void modules_useOnlyTheModulesTheyMayDependOn() {
        classes().should(dependOnlyOnAllowedModules()).check(all);
    }

    @Test
    void internalPackages_areUsedOnlyInsideTheirModule() {
        classes().should(useNoOtherModulesInternals()).check(all);
    }

    @Test
    void core_usesNoHttpNativeOrDatabaseLibrary() {
        noClasses().that(inModule("ultralink-core")).should().dependOnClassesThat()
                .resideInAnyPackage("okhttp3..", "java.net.http..", "de.kherud..", "org.sqlite..", "java.sql..",
                        "picocli..", "dev.langchain4j..")
                .check(all);
    }

    @Test
    void text_usesNoHttpNativeOrDatabaseLibrary() {
        noClasses().that(inModule("ultralink-text")).should().dependOnClassesThat()
                .resideInAnyPackage("okhttp3..", "java.net.http..", "de.kherud..", "org.sqlite..", "java.sql..")
                .check(all);
    }

    @Test
    void httpBackends_useNoNativeOrDatabaseLibrary() {
        noClasses().that(inModule("ultralink-llm-http", "ultralink-openai", "ultralink-anthropic"))
                .should().dependOnClassesThat().resideInAnyPackage("de.kherud..", "org.sqlite..", "java.sql..")
                .check(all);
    }

    @Test
    void publicSignatures_exposeNoInternalType() {
        classes().that(apiTypes()).should(new PublicSignatureCondition()).check(all);
    }

    static DescribedPredicate<JavaClass> inModule(String... modules) {
        List<String> wanted = List.of(modules);
        return DescribedPredicate.describe("are in " + wanted,
                c -> moduleOf(c).filter(wanted::contains).isPresent());
    }

    static DescribedPredicate<JavaClass> apiTypes() {
        return DescribedPredicate.describe("are public types outside internal packages",
                c -> moduleOf(c).filter(Modules.PUBLISHED::contains).isPresent() && PublicSignatureCondition.isApi(c));
    }

    private static ArchCondition<JavaClass> dependOnlyOnAllowedModules() {
        return new ArchCondition<>("depend only on the modules ARCHITECTURE.md allows") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Optional<String> from = moduleOf(item);
                if (from.isEmpty()) {
                    return;
                }
                Set<String> allowed = Modules.ALLOWED.get(from.get());
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    Optional<String> to = moduleOf(d.getTargetClass());
                    if (to.isPresent() && !to.get().equals(from.get()) && !allowed.contains(to.get())) {
                        events.add(SimpleConditionEvent.violated(d, from.get() + " may not use " + to.get() + ": "
                                + d.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> useNoOtherModulesInternals() {
        return new ArchCondition<>("use no other module's internal package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Optional<String> from = moduleOf(item);
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    Optional<String> to = moduleOf(target);
                    if (from.isPresent() && to.isPresent() && !to.equals(from) && isInternal(target)
                            && !KNOWN.contains(item.getName() + " -> " + target.getName())) {
                        events.add(SimpleConditionEvent.violated(d, from.get() + " uses internal "
                                + target.getName() + " of " + to.get() + ": " + d.getDescription()));
                    }
                }
            }
        };
    }

    static boolean isInternal(JavaClass c) {
        return c.getPackageName().contains(".internal");
    }
}
