import Foundation
import ShapesClient
import SpecgenRuntime
import StripeClient
import Testing

/// Auto-paging over three pages on the loopback server by links the pages carry — Stripe's v2 `next_page_url` and
/// Personio's v2 `_meta.links.next.href` (absolute or relative) — and by Personio's v1 `limit` and `offset`.
@Suite struct PagingStyleTests {
    private func destination(_ id: String) -> String {
        #"{"id": "\#(id)", "object": "v2.core.event_destination", "created": "2024-10-22T16:20:09.931Z", "description": "d", "#
            + #""enabled_events": [], "event_payload": "thin", "livemode": false, "name": "n", "status": "enabled", "#
            + #""type": "webhook_endpoint", "updated": "2024-10-22T16:20:09.931Z"}"#
    }

    private func stripePage(_ ids: [String], next: String?) -> RecordingServer.Reply {
        let link = next.map { "\"\($0)\"" } ?? "null"
        let body = #"{"data": [\#(ids.map(destination).joined(separator: ", "))], "next_page_url": \#(link)}"#
        return .json(200, Data(body.utf8))
    }

    @Test func stripeV2FollowsNextPageURLAsGiven() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        await server.enqueue(stripePage(["ed_1", "ed_2"], next: "/v2/core/event_destinations?limit=2&page=p2"))
        await server.enqueue(stripePage(["ed_3", "ed_4"], next: "/v2/core/event_destinations?limit=2&page=p3"))
        await server.enqueue(stripePage(["ed_5"], next: nil))
        let stripe = StripeClient(apiKey: "sk_test_123", serverURL: server.url)
        var ids: [String] = []
        for try await destination in stripe.v2.core.eventDestinations.listAutoPaging(limit: 2) {
            ids.append(destination.id)
        }
        #expect(ids == ["ed_1", "ed_2", "ed_3", "ed_4", "ed_5"])
        let requests = await server.requests
        #expect(
            requests.map { "\($0.method) \($0.path)?\($0.query)" } == [
                "GET /v2/core/event_destinations?limit=2",
                "GET /v2/core/event_destinations?limit=2&page=p2",
                "GET /v2/core/event_destinations?limit=2&page=p3",
            ])
        #expect(requests.allSatisfy { $0.headers["authorization"] == "Bearer sk_test_123" })
    }

    private func personioPage(_ names: [String], next: String?) -> RecordingServer.Reply {
        let link = next.map { #", "next": {"href": "\#($0)"}"# } ?? ""
        let data = names.map { #"{"name": "\#($0)"}"# }.joined(separator: ", ")
        let body = #"{"_meta": {"links": {"self": {"href": "/v2/persons"}\#(link)}}, "_data": [\#(data)]}"#
        return .json(200, Data(body.utf8))
    }

    @Test func personioV2FollowsAbsoluteAndRelativeNextLinks() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        await server.enqueue(personioPage(["Ada", "Bob"], next: server.url.absoluteString + "/v2/persons?cursor=c2"))
        await server.enqueue(personioPage(["Cy"], next: "/v2/persons?cursor=c3&limit=2"))
        await server.enqueue(personioPage(["Di"], next: nil))
        var names: [String] = []
        for try await person in ShapesClient(serverURL: server.url).v2.persons.listAutoPaging(limit: 2) {
            names.append(person.name ?? "")
        }
        #expect(names == ["Ada", "Bob", "Cy", "Di"])
        #expect(
            await server.requests.map { "\($0.path)?\($0.query)" } == [
                "/v2/persons?limit=2", "/v2/persons?cursor=c2", "/v2/persons?cursor=c3&limit=2",
            ])
    }

    @Test func personioV1PagesByLimitAndOffsetUntilTheLastPage() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        for (page, names) in [["Ada", "Bob"], ["Cy", "Di"], ["Eve"]].enumerated() {
            let data = names.map { #"{"name": "\#($0)"}"# }.joined(separator: ", ")
            let body =
                #"{"success": true, "metadata": {"total_elements": 5, "current_page": \#(page), "total_pages": 3}, "#
                + #""offset": \#(page * 2), "limit": 2, "data": [\#(data)]}"#
            await server.enqueue(.json(200, Data(body.utf8)))
        }
        var names: [String] = []
        let client = ShapesClient(serverURL: server.url)
        for try await employee in client.v1.employees.listAutoPaging(limit: 2, email: "a@b.c") {
            names.append(employee.name ?? "")
        }
        #expect(names == ["Ada", "Bob", "Cy", "Di", "Eve"])
        #expect(
            await server.requests.map(\.query) == [
                "limit=2&email=a%40b.c", "limit=2&offset=2&email=a%40b.c", "limit=2&offset=4&email=a%40b.c",
            ])
    }

    @Test func aLinkAwayFromTheServerIsRefused() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        await server.enqueue(personioPage(["Ada"], next: "https://elsewhere.example/v2/persons?cursor=c2"))
        var names: [String] = []
        do {
            for try await person in ShapesClient(serverURL: server.url).v2.persons.listAutoPaging() {
                names.append(person.name ?? "")
            }
            Issue.record("expected the link to be refused")
        } catch {
            #expect(error.reason == .transport)
            #expect(error.underlying is APIClient.LinkOutsideServer)
        }
        #expect(names == ["Ada"])
        #expect(await server.requests.count == 1)
    }
}
