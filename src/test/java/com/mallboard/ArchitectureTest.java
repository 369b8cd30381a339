package com.mallboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering the style guide promises, checked on every build. */
@AnalyzeClasses(packages = "com.mallboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featureSlicesHaveNoCycles = slices().matching("com.mallboard.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheStoreTalksToTheDatabase = noClasses()
            .that().resideOutsideOfPackage("com.mallboard.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "org.sqlite..",
                    "org.postgresql..", "com.zaxxer.hikari..")
            .because("only the store package knows there is SQLite or PostgreSQL, jOOQ and Flyway underneath");

    @ArchTest
    static final ArchRule onlyShippingDrawsPdfsAndBarcodes = noClasses()
            .that().resideOutsideOfPackage("com.mallboard.shipping..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "com.google.zxing..")
            .because("PDF documents and barcodes are the shipping feature's business (PDFBox, ZXing)");

    @ArchTest
    static final ArchRule onlySheetAndReportTouchSpreadsheetLibraries = noClasses()
            .that().resideOutsideOfPackages("com.mallboard.sheet..", "com.mallboard.report..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.commons.csv..")
            .because("spreadsheets are read in one place (sheet: POI, commons-csv) and written for reports only");

    @ArchTest
    static final ArchRule domainAndServicesStayFreeOfJavaFx = noClasses()
            .that().resideOutsideOfPackages("..ui..", "com.mallboard.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp..")
            .because("domain records and services are plain Java, tested without a screen");

    @ArchTest
    static final ArchRule theUiCallsServicesNotSql = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("com.mallboard.store..")
            .because("views and view models go through services, never the store");

    @ArchTest
    static final ArchRule backupsReachTheDatabaseOnlyThroughTheirPort = noClasses()
            .that().resideInAPackage("com.mallboard.backup..")
            .should().dependOnClassesThat().resideInAnyPackage("com.mallboard.store..", "java.sql..", "com.mallboard.app..")
            .because("backups copy and check database files through the BackupStore port, which store implements,"
                    + " so a restore never needs the database it replaces to open");

    @ArchTest
    static final ArchRule teamModeReachesTheServerOnlyThroughItsPort = noClasses()
            .that().resideInAPackage("com.mallboard.team..")
            .should().dependOnClassesThat().resideInAnyPackage("com.mallboard.store..", "java.sql..", "com.mallboard.app..")
            .because("the team screens check, sign in to and fill a server through the TeamServers port, which the store"
                    + " implements");
}
