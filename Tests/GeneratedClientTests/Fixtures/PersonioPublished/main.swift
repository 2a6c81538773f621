// A Personio customer's program, compiled against the clients Specgen generates from Personio's published
// personnel-data and auth specs (../shared/specs/personio). PersonioPublishedAPITests builds it in a temporary
// package and runs it against a loopback server: `personio-demo SERVER_URL`. Prints one line per result.
import Foundation
import PersonioAuth
import PersonioPersonnel
import SpecgenRuntime

let server = URL(string: CommandLine.arguments[1])!
let formatter = ISO8601DateFormatter()
formatter.formatOptions = [.withFullDate]
formatter.timeZone = TimeZone(identifier: "Europe/Berlin")

// The auth API's own client: POST /auth with a JSON body.
let auth = PersonioAuth(serverURL: server)
let token = try await auth.auth.create(.init(clientID: "client-1", clientSecret: "secret-1"))
print("token \(token.data.token), expires in \(Int(token.data.expiresIn ?? 0)) s")

// The personnel client takes its tokens from the same call, fetched and renewed as needed.
let personio = PersonioPersonnel(
    authorization: .clientCredentials(
        tokenURL: server.appendingPathComponent("auth"), clientID: "client-1", clientSecret: "secret-1"),
    serverURL: server,
    configuration: ClientConfiguration(maxRetries: 0)
)

// Every employee, two a page.
for try await employee in personio.company.employees.listAutoPaging(limit: 2) {
    let attributes = employee.attributes
    print(
        "employee \(attributes?.id?.value?.intValue ?? -1): \(attributes?.firstName?.value?.stringValue ?? "?")"
            + " \(attributes?.lastName?.value?.stringValue ?? "?")")
}

// One employee with attributes of every type, read typed.
let employee = try await personio.company.employees.retrieve(employeeID: 7).data.attributes!
print("id: \(employee.id?.value?.intValue ?? -1) (\(employee.id?.type?.rawValue ?? "?"))")
print("email: \(employee.email?.value?.stringValue ?? "?") (\(employee.email?.type?.rawValue ?? "?"))")
print("weekly hours: \(employee.weeklyWorkingHours?.value?.intValue ?? -1)")
print("hire date: \(employee.hireDate?.value?.dateValue.map(formatter.string) ?? "?")")
print("contract ends: \(employee.contractEndDate?.value?.dateValue.map(formatter.string) ?? "never")")
print("fix salary: \(employee.fixSalary?.value?.doubleValue ?? -1)")
let supervisor = employee.supervisor?.value?.attributes
print(
    "supervisor: \(supervisor?.id?.value?.intValue ?? -1) \(supervisor?.firstName?.value?.stringValue ?? "?")")
print("department: \(employee.department?.value?.attributes?.name ?? "?")")
print("office: \(employee.office?.value?.attributes?.name?.stringValue ?? "?")")
let iban = employee.dynamic21827?.value?.stringValue ?? "?"
print("custom attribute: \(employee.dynamic21827?.label?.stringValue ?? "?") = \(iban)")

// A document upload: multipart/form-data with a file part.
let pdf = Data("%PDF-1.4 contract".utf8)
let uploaded = try await personio.company.documents.create(
    .init(
        title: "Contract", comment: "Signed", employeeID: 7, categoryID: 3, date: "2024-05-01",
        file: FileUpload(data: pdf, fileName: "contract.pdf", contentType: "application/pdf")))
print("uploaded document \(uploaded.data?.id ?? -1): \(uploaded.data?.attributes?.title ?? "?")")

// The profile picture, as bytes with their content type.
let picture = try await personio.company.employees.profilePicture(employeeID: 7, width: 128)
print(
    "picture: \(picture.contentType ?? "?"), \(picture.data.count) bytes, "
        + picture.data.prefix(4).map { String(format: "%02x", $0) }.joined())

// A 404 answered with problem+json: the operation's typed error.
do {
    _ = try await personio.company.absencePeriods.list(employees: [404])
    print("absence periods: no error")
} catch {
    if case .notFound(let body)? = error.body {
        print("not found: \(error.reason), code \(body.error?.code ?? -1), \(body.error?.message ?? "?")")
    } else {
        print("absence periods failed otherwise: \(error)")
    }
}
