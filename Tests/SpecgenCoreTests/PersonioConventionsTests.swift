import Foundation
import SpecgenCore
import Testing

/// Shapes Personio repeats under many names are declared once with names that say what they are.
@Suite struct PersonioConventionsTests {
    @Test func attributeEnvelopesAndResourceObjectsAreNamedForWhatTheyAre() throws {
        let envelope = "{type: object, properties: {label: {}, value: {}, type: {type: string}, universal_id: {}}}"
        let salary =
            "{type: object, properties: {label: {}, value: {}, type: {type: string}, universal_id: {}, currency: {type: string}}}"
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /employees:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties: {data: {type: array, items: {type: object, properties: {type: {type: string}, attributes: {$ref: '#/components/schemas/Employee'}}}}}
              /employees/{id}:
                get:
                  parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties: {data: {type: object, properties: {type: {type: string}, attributes: {$ref: '#/components/schemas/Employee'}}}}
            components:
              schemas:
                Employee:
                  type: object
                  properties:
                    id: \(envelope)
                    first_name: \(envelope)
                    last_name: \(envelope)
                    fix_salary: \(salary)
                    hourly_salary: \(salary)
            """
        let folder = try temporaryFolder(["spec.yaml": spec])
        let configuration = GeneratorConfiguration(
            specPath: folder + "/spec.yaml", moduleName: "Generated", outputFolder: folder + "/out",
            source: "spec.yaml",
            vendors: [.personio])
        let model = try #require(Generator().generate(configuration).model)
        let names = model.types.map(\.name)
        #expect(names.contains("EmployeeAttribute") && names.contains("EmployeeResource"), "\(names)")
        // An envelope with more than the four keys keeps its property's name.
        #expect(names.contains("FixSalary"), "\(names)")
        guard case .structure(let properties) = model.types.first(where: { $0.name == "Employee" })?.kind else {
            Issue.record("Employee is not a struct")
            return
        }
        #expect(
            properties.map(\.type.swift) == [
                "EmployeeAttribute?", "EmployeeAttribute?", "EmployeeAttribute?", "FixSalary?", "FixSalary?",
            ])
    }
}
