import SpecgenCore
import Testing

/// Paths in specgen.yaml: relative to its folder, or absolute as written (a spec kept outside the package, such as
/// a checkout of the vendor's repository).
@Suite struct ConfigurationPathTests {
    @Test func relativeAndAbsoluteSpecPaths() throws {
        let folder = try temporaryFolder([
            "Specs/relative/specgen.yaml": "spec: ../shared/openapi.yaml\nmodule: API\noutput: ../../Sources/API\n",
            "Specs/shared/openapi.yaml": "openapi: 3.0.3\n",
        ])
        let relative = try GeneratorConfiguration.load(apiFolder: folder + "/Specs/relative", packageRoot: folder)
            .get()
        #expect(relative.specPath == folder + "/Specs/shared/openapi.yaml")

        let absolute = try temporaryFolder([
            "Specs/absolute/specgen.yaml":
                "spec: \(folder)/Specs/shared/openapi.yaml\ntemplates: \(folder)/Templates\nmodule: API\noutput: ../../Sources/API\n"
        ])
        let loaded = try GeneratorConfiguration.load(apiFolder: absolute + "/Specs/absolute", packageRoot: absolute)
            .get()
        #expect(loaded.specPath == folder + "/Specs/shared/openapi.yaml")
        #expect(loaded.templatesFolder == folder + "/Templates")
        #expect(loaded.outputFolder == absolute + "/Sources/API")
    }
}
