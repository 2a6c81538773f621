import Foundation
import ShapesClient
import SpecgenRuntime
import Testing

/// The Swift generated for each schema shape in Tests/ShapeFixtures/shapes.yaml decodes, encodes and behaves.
@Suite struct ShapeTests {
    private func decode<T: Decodable>(_: T.Type, _ json: String) throws -> T {
        try JSONCoding.decoder().decode(T.self, from: Data(json.utf8))
    }

    private func json(_ value: some Encodable) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: try JSONCoding.encoder().encode(value))
    }

    private func expectRoundTrip<T: Codable>(
        _: T.Type, _ text: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let value = try decode(T.self, text)
        let original = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(try json(value) == original, sourceLocation: sourceLocation)
    }

    @Test func aStringEnumAmongAUnionsVariantsIsACasePerValueMatchedFirst() throws {
        #expect(try decode(ResetAt.self, #""now""#) == .now)
        #expect(try decode(ResetAt.self, #""never""#) == .never)
        #expect(try decode(ResetAt.self, "30") == .integer(30))
        #expect(try decode(ResetAt.self, #""soon""#) == .string("soon"))
        #expect(try json(ResetAt.now) == .string("now"))
        #expect(try json([ResetAt.never, .integer(5)]) == .array([.string("never"), .int(5)]))
    }

    @Test func everyFormatAndNameRoundTrips() throws {
        let text = """
            {"id": "5d3e9f5c-1f0e-4c69-9e23-0d8f1f0c7a11", "name": "n", "nickname": "nick", "nullable_required": null,
             "count32": 2147483647, "count64": 9007199254740993, "ratio": 0.5, "amount": 12.25,
             "unit_amount_decimal": "0.30000000000000000001",
             "happened_at": "2024-10-22T16:26:54.063Z", "birthday": "2020-01-01", "created": 1729614414,
             "homepage": "https://example.com/a?b=c", "blob": "aGVsbG8=", "tags": {"a": "b"}, "matrix": [[1, 2], [3]],
             "anything": {"x": [1, "two", null]}, "free_form": {"k": true}, "legacy": "old", "size": "medium",
             "priority": 2, "address": {"city": "Berlin", "geo": {"lat": 52.52, "lng": 13.405}},
             "default": "d", "class": true, "3d_secure": "required", "foo-bar": "dash", "foo_bar": "underscore",
             "type": "with space"}
            """
        let value = try decode(Everything.self, text)
        #expect(value.nullableRequired == nil)
        #expect(value.count32 == Int32.max)
        #expect(value.count64 == 9_007_199_254_740_993)
        #expect(value.unitAmountDecimal?.value == Decimal(string: "0.30000000000000000001"))
        #expect(value.unitAmountDecimal?.text == "0.30000000000000000001")
        #expect(value.created == Date(timeIntervalSince1970: 1_729_614_414))
        #expect(value.homepage == URL(string: "https://example.com/a?b=c"))
        #expect(value.blob == Data("hello".utf8))
        #expect(value.matrix == [[1, 2], [3]])
        #expect(value.anything == ["x": [1, "two", nil]])
        #expect(value.size == .medium)
        #expect(value.priority == .value2)
        #expect(value.address?.geo?.lat == 52.52)
        #expect(value.`default` == "d")
        #expect(value.`class` == true)
        #expect(value._3dSecure == "required")
        #expect(value.fooBar == "dash")
        #expect(value.fooBar2 == "underscore")
        #expect(value.type == .withSpace)
        try expectRoundTrip(Everything.self, text)
    }

    @Test func requiredNullableEncodesNullAndOptionalsAreLeftOut() throws {
        let value = Everything(id: "1", name: "n", nullableRequired: nil)
        #expect(try json(value) == ["id": "1", "name": "n", "nullable_required": nil])
    }

    @Test func enumsKeepUnknownValuesAndOddNames() throws {
        #expect(Size(rawValue: "huge") == .unknown("huge"))
        #expect(Priority(rawValue: 9) == .unknown(9))
        #expect(Priority.value3.rawValue == 3)
        typealias Kind = Everything.Kind
        #expect(Kind(rawValue: "") == .empty)
        #expect(Kind(rawValue: "unknown") == .unknownValue)
        #expect(Kind(rawValue: "0start") == ._0start)
        try expectRoundTrip([Size].self, #"["small", "gigantic"]"#)
    }

    @Test func allOfMergesIntoOneStruct() throws {
        let dog = try decode(Dog.self, #"{"name": "Rex", "kind": "dog", "barks": true}"#)
        #expect(dog.name == "Rex")
        #expect(dog.barks)
        #expect(dog.kind == "dog")
    }

    @Test func discriminatorWithMappingSelectsTheVariant() throws {
        #expect(
            try decode(Pet.self, #"{"kind": "cat", "name": "Tom", "lives": 9}"#)
                == .cat(Cat(name: "Tom", kind: "cat", lives: 9)))
        guard case .dog(let dog) = try decode(Pet.self, #"{"kind": "dog", "name": "Rex", "barks": false}"#) else {
            Issue.record("expected a dog")
            return
        }
        #expect(dog.name == "Rex")
        try expectRoundTrip(Pet.self, #"{"kind": "dog", "name": "Rex", "barks": false}"#)
    }

    @Test func anUnlistedVariantIsKeptNotFatal() throws {
        let text = #"{"kind": "parrot", "name": "Polly", "words": 12}"#
        #expect(try decode(Pet.self, text) == .unknown(["kind": "parrot", "name": "Polly", "words": 12]))
        try expectRoundTrip(Pet.self, text)
        #expect(try decode(Animal.self, text) == .unknown(["kind": "parrot", "name": "Polly", "words": 12]))
    }

    @Test func variantsPinningACommonPropertyAreToldApartWithoutADiscriminator() throws {
        // A cat body also decodes as a Dog-shaped value if barks were optional; the pinned `kind` decides instead.
        guard case .cat(let cat) = try decode(Animal.self, #"{"kind": "cat", "name": "Tom"}"#) else {
            Issue.record("expected a cat")
            return
        }
        #expect(cat.name == "Tom")
    }

    @Test func untaggedUnionsTryVariantsInOrder() throws {
        #expect(try decode(StringOrNumber.self, #""five""#) == .string("five"))
        #expect(try decode(StringOrNumber.self, "5") == .integer(5))
        #expect(
            try decode(StringOrNumber.self, #"{"from": 1, "to": 3}"#) == .range(StringOrNumber.Range(from: 1, to: 3)))
        #expect(try decode(StringOrNumber.self, "true") == .unknown(true))
    }

    /// Untagged variants are tried most specific first, and only when the value has what they require and pin: a
    /// not-found body is the not-found error in either order, and another error never is, although its open enum
    /// would take any code.
    @Test func untaggedUnionsDecodeToTheVariantThatMatches() throws {
        let notFound = #"{"error": {"code": "not_found", "message": "No such destination"}}"#
        let limited = #"{"error": {"code": "rate_limited", "message": "Slow down", "type": "rate_limit"}}"#
        guard case .notFoundError = try decode(V2Error.self, notFound) else { Issue.record("not found"); return }
        guard case .notFoundError = try decode(V2ErrorGenericFirst.self, notFound) else {
            Issue.record("not found, generic first")
            return
        }
        guard case .genericError(let generic) = try decode(V2Error.self, limited) else {
            Issue.record("rate limited")
            return
        }
        #expect(generic.error.code == "rate_limited")
        guard case .unknown = try decode(V2Error.self, #"{"message": "no error member"}"#) else {
            Issue.record("a body without the required member is no variant")
            return
        }
    }

    @Test func aNullVariantMakesTheValueOptional() throws {
        let empty = try decode(MaybePet.self, #"{"pet": null}"#)
        #expect(empty.pet == nil)
        let full = try decode(MaybePet.self, #"{"pet": {"kind": "cat", "name": "Tom"}}"#)
        #expect(full.pet == .cat(Cat(name: "Tom", kind: "cat")))
    }

    @Test func recursiveSchemasNestAndRoundTrip() throws {
        let text = #"{"value": 1, "children": [{"value": 2, "children": [{"value": 3}]}], "parent": {"value": 0}}"#
        let tree = try decode(TreeNode.self, text)
        #expect(tree.children?.first?.children?.first?.value == 3)
        #expect(tree.parent?.value == 0)
        #expect(tree.parent?.parent == nil)
        try expectRoundTrip(TreeNode.self, text)
        var edited = tree
        edited.parent = TreeNode(value: -1)
        #expect(edited.parent?.value == -1)
        #expect(tree.parent?.value == 0)
    }

    @Test func mutuallyRecursiveSchemasRoundTrip() throws {
        try expectRoundTrip(Team.self, #"{"lead": {"name": "Ada", "team": {"members": [{"name": "Grace"}]}}}"#)
    }

    @Test func recursiveUnionsRoundTrip() throws {
        let text = #"{"left": 1, "right": {"left": 2, "right": 3}}"#
        guard case .sum(let sum) = try decode(Expression.self, text) else {
            Issue.record("expected a sum")
            return
        }
        #expect(sum.left == .integer(1))
        try expectRoundTrip(Expression.self, text)
    }

    @Test func deprecatedPropertiesStayReadable() throws {
        let value = try decode(
            Everything.self, #"{"id": "1", "name": "n", "nullable_required": null, "legacy": "old"}"#)
        #expect(try json(value)["legacy"] == "old")
    }

    @Test func operationsUseEnumDefaultsAndFormatDates() async throws {
        let server = try await RecordingServer.start()
        await server.enqueue(.json(200, Data(#"{"id": "1", "name": "n", "nullable_required": null}"#.utf8)))
        let client = ShapesClient(serverURL: server.url)
        let created = try #require(JSONCoding.parseDate("2024-01-02T03:04:05.678Z"))
        let shape = try await client.shapes.retrieve(id: "a b", created: created)
        let request = try #require(await server.requests.first)
        await server.stop()
        #expect(shape.name == "n")
        #expect(request.path == "/shapes/a%20b")
        #expect(request.query == "sort=asc&created=2024-01-02T03%3A04%3A05.678Z")
    }

    /// Path, query, header and cookie parameters of every style arrive at the server as OpenAPI serializes them,
    /// after the default transport built the URL.
    @Test func parametersOfEveryStyleArriveAsTheSpecSerializesThem() async throws {
        let server = try await RecordingServer.start()
        await server.enqueue(RecordingServer.Reply(status: 204, headers: [:], body: Data()))
        let client = ShapesClient(serverURL: server.url)
        try await client.styles.retrieve(
            labels: [1, 2], point: .init(x: 3, y: 4), tone: .dark, ids: [5, 6], words: ["a b", "c"],
            filter: .init(role: "admin", firstName: "Alex"), range: .init(from: 1, to: 9), xTags: ["t1", "t2"],
            xMode: .fast, xPoint: .init(x: 7, y: 8), session: "s 1", prefs: ["p", "q"])
        let request = try #require(await server.requests.first)
        await server.stop()
        #expect(request.path == "/styles/.1.2/;point=x,3,y,4/dark")
        #expect(
            request.query
                == "ids=5%7C6&words=a%20b%20c&first_name=Alex&role=admin&range=from%2C1%2Cto%2C9")
        #expect(request.headers["x-tags"] == "t1,t2")
        #expect(request.headers["x-mode"] == "fast")
        #expect(request.headers["x-point"] == "x=7,y=8")
        #expect(request.headers["cookie"] == "session=s%201; prefs=p%2Cq")
    }

    @Test func jsonBodiesAreSentWithTheirContentType() async throws {
        let server = try await RecordingServer.start()
        await server.enqueue(.json(201, Data(#"{"id": "2", "name": "square", "nullable_required": null}"#.utf8)))
        let client = ShapesClient(serverURL: server.url)
        let created = try await client.shapes.create(.init(name: "square", size: .large, metadata: ["k": "v"]))
        let request = try #require(await server.requests.first)
        await server.stop()
        #expect(created.id == "2")
        #expect(request.method == "POST")
        #expect(request.path == "/shapes")
        #expect(request.headers["content-type"] == "application/json")
        let body = try JSONDecoder().decode(JSONValue.self, from: request.body)
        #expect(body == ["name": "square", "size": "large", "sides": 4, "color": "blue", "metadata": ["k": "v"]])
    }

    @Test func clearableFieldsSendTheEmptyStringToClear() async throws {
        let server = try await RecordingServer.start()
        await server.enqueue(.json(200, Data(#"{"id": "1", "name": "n", "nullable_required": null}"#.utf8)))
        let client = ShapesClient(serverURL: server.url)
        let update = UpdateShapeRequest(
            description: .clear,
            metadata: ["order": "6735"],
            endsAt: .value(Date(timeIntervalSince1970: 1_700_000_000)),
            address: .value(AddressParams(city: "Berlin", kind: .home)),
            tags: .clear
        )
        _ = try await client.shapes.update(id: "1", update)
        let request = try #require(await server.requests.first)
        await server.stop()
        #expect(request.headers["content-type"] == "application/x-www-form-urlencoded")
        #expect(
            String(decoding: request.body, as: UTF8.self)
                == "address[city]=Berlin&address[kind]=home&description=&ends_at=1700000000&metadata[order]=6735&tags=")
    }

    /// The names `walk` yields while the server answers with `pages`, and the query of each request it sent.
    private func autoPage(
        _ pages: [String],
        _ walk: (ShapesClient) -> AutoPaging<Named, APIError<JSONValue>>
    ) async throws -> (names: [String], queries: [String]) {
        let server = try await RecordingServer.start()
        for page in pages { await server.enqueue(.json(200, Data(page.utf8))) }
        var names: [String] = []
        for try await named in walk(ShapesClient(serverURL: server.url)) { names.append(named.name) }
        let requests = await server.requests
        await server.stop()
        return (names, requests.map(\.query))
    }

    @Test func listAutoPagingFollowsTheLastIDUntilNoMoreFollow() async throws {
        let (names, queries) = try await autoPage([
            #"{"object": "list", "url": "/named", "has_more": true, "data": [{"id": "n1", "name": "a"}, {"id": "n2", "name": "b"}]}"#,
            #"{"object": "list", "url": "/named", "has_more": false, "data": [{"id": "n3", "name": "c"}]}"#,
        ]) { $0.named.listAutoPaging(limit: 2) }
        #expect(names == ["a", "b", "c"])
        #expect(queries == ["limit=2", "limit=2&starting_after=n2"])
    }

    @Test func cursorPagesThatRepeatTheirLastIDEndWithAnError() async throws {
        let api = try await RecordingServer.start()
        defer { Task { await api.stop() } }
        let page = #"{"object": "list", "url": "/named", "has_more": true, "data": [{"id": "n1", "name": "a"}]}"#
        for _ in 0..<5 { await api.enqueue(.json(200, Data(page.utf8))) }
        var names: [String] = []
        var failure: APIError<JSONValue>?
        do {
            for try await named in ShapesClient(serverURL: api.url).named.listAutoPaging(limit: 1) {
                names.append(named.name)
            }
        } catch {
            failure = error
        }
        #expect(names == ["a", "a"])
        #expect(failure?.reason == .paging)
        #expect(await api.requests.map(\.query) == ["limit=1", "limit=1&starting_after=n1"])
    }

    @Test func aBinaryResponseComesBackAsBytesWithItsMediaType() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0x10])
        await server.enqueue(RecordingServer.Reply(status: 200, headers: ["Content-Type": "image/png"], body: png))
        let picture: BinaryBody = try await ShapesClient(serverURL: server.url).shapes.picture.retrieve(id: "s 1")
        #expect(picture.data == png)
        #expect(picture.contentType == "image/png")
        let request = try #require(await server.requests.first)
        #expect(request.path == "/shapes/s%201/picture")
        #expect(request.headers["accept"] == "image/png, image/jpeg")
    }

    @Test func aMultipartUploadSendsFieldsFilesAndJSONPartsToTheServerItsPathNames() async throws {
        let api = try await RecordingServer.start()
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        defer { Task { await api.stop() } }
        await server.enqueue(.json(201, Data(#"{"id": "doc_1"}"#.utf8)))
        let pdf = Data("%PDF-1.4 \u{0}\u{1}binary\r\n--not-a-boundary".utf8)
        // The path names https://uploads.example.com/, which the client's init can point elsewhere.
        let client = ShapesClient(serverURL: api.url, uploadsServerURL: server.url)
        let uploaded = try await client.shapes.documents.create(
            id: "s1",
            UploadShapeDocumentRequest(
                title: "Q3 \"report\"", categoryID: 7, tags: ["a", "b"], size: .large,
                meta: .init(pages: 3), file: FileUpload(data: pdf, fileName: "q3.pdf", contentType: "application/pdf")))
        #expect(uploaded.id == "doc_1")
        #expect(await api.requests.isEmpty)
        let request = try #require(await server.requests.first)
        let contentType = try #require(request.headers["content-type"])
        #expect(contentType.hasPrefix("multipart/form-data; boundary="))
        let boundary = String(contentType.dropFirst("multipart/form-data; boundary=".count))
        func field(_ name: String, _ value: String) -> String {
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        var expected = Data(
            (field("title", "Q3 \"report\"") + field("category_id", "7") + field("tags", "a") + field("tags", "b")
                + field("size", "large")
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n"
                + #"{"pages":3}"# + "\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"q3.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").utf8)
        expected += pdf + Data("\r\n--\(boundary)--\r\n".utf8)
        #expect(request.body == expected, "\(String(decoding: request.body, as: UTF8.self))")
    }

    @Test func listAutoPagingWalksThreePages() async throws {
        let (names, queries) = try await autoPage([
            #"{"object": "list", "url": "/named", "has_more": true, "data": [{"id": "n1", "name": "a"}]}"#,
            #"{"object": "list", "url": "/named", "has_more": true, "data": [{"id": "n2", "name": "b"}]}"#,
            #"{"object": "list", "url": "/named", "has_more": false, "data": [{"id": "n3", "name": "c"}]}"#,
        ]) { $0.named.listAutoPaging(limit: 1) }
        #expect(names == ["a", "b", "c"])
        #expect(queries == ["limit=1", "limit=1&starting_after=n1", "limit=1&starting_after=n2"])
    }

    @Test func listAutoPagingBackwardFollowsTheFirstIDAndYieldsInReverse() async throws {
        let (names, queries) = try await autoPage([
            #"{"object": "list", "url": "/named", "has_more": true, "data": [{"id": "n8", "name": "h"}, {"id": "n9", "name": "i"}]}"#,
            #"{"object": "list", "url": "/named", "has_more": false, "data": [{"id": "n7", "name": "g"}]}"#,
        ]) { $0.named.listAutoPaging(endingBefore: "n10") }
        #expect(names == ["i", "h", "g"])
        #expect(queries == ["ending_before=n10", "ending_before=n8"])
    }

    @Test func breakingOutOfAutoPagingFetchesNoFurtherPage() async throws {
        let server = try await RecordingServer.start()
        let page = #"{"object": "list", "url": "/named", "has_more": true, "data": [{"id": "n1", "name": "a"}]}"#
        await server.enqueue(.json(200, Data(page.utf8)))
        let client = ShapesClient(serverURL: server.url)
        for try await named in client.named.listAutoPaging() {
            #expect(named.id == "n1")
            break
        }
        let requests = await server.requests
        await server.stop()
        #expect(requests.count == 1)
    }

    @Test func searchAutoPagingFollowsNextPage() async throws {
        let page1 =
            #"{"object": "search_result", "url": "/named/search", "has_more": true, "next_page": "tok 2", "total_count": 2, "data": [{"id": "n1", "name": "a"}]}"#
        let (names, queries) = try await autoPage([
            page1,
            #"{"object": "search_result", "url": "/named/search", "has_more": false, "next_page": null, "data": [{"id": "n2", "name": "b"}]}"#,
        ]) { $0.named.searchAutoPaging(query: "name:'a'") }
        #expect(names == ["a", "b"])
        #expect(queries == ["query=name%3A%27a%27", "query=name%3A%27a%27&page=tok%202"])
        let first = try decode(SearchNamedResponse.self, page1)
        #expect(first.totalCount == 2 && first.nextPage == "tok 2" && first.itemIDs == ["n1"])
        try expectRoundTrip(SearchNamedResponse.self, page1)
    }

    @Test func autoPagingErrorsAreTyped() async throws {
        let server = try await RecordingServer.start()
        await server.enqueue(.json(500, Data(#"{"message": "down"}"#.utf8)))
        let client = ShapesClient(serverURL: server.url, configuration: ClientConfiguration(maxRetries: 0))
        do {
            for try await _ in client.named.listAutoPaging() {}
            Issue.record("expected an error")
        } catch {
            #expect(error.status == 500)
        }
        await server.stop()
    }

    @Test func sharedRequestShapesAreOneType() {
        // `address` is spelled out inline in both request bodies; both use the one `AddressParams`.
        let created = CreateShapeRequest(name: "n", address: AddressParams(city: "Berlin"))
        let updated = UpdateShapeRequest(address: .value(created.address!))
        #expect(updated.address?.value?.city == "Berlin")
    }

    @Test func expandableFieldsKeepTheIDEitherWay() throws {
        let collapsed = try decode(
            Charge.self, #"{"id": "ch_1", "object": "charge", "owner": "cus_1", "pet": "dog_1"}"#)
        #expect(collapsed.owner?.id == "cus_1")
        #expect(collapsed.owner?.object == nil)
        #expect(collapsed.pet?.id == "dog_1")
        let text =
            #"{"id": "ch_1", "object": "charge", "owner": {"id": "cus_1", "name": "Jenny"}, "pet": {"id": "cat_1", "kind": "cat", "name": "Tom"}}"#
        let expanded = try decode(Charge.self, text)
        #expect(expanded.owner?.id == "cus_1")
        #expect(expanded.owner?.object?.name == "Jenny")
        #expect(expanded.pet?.id == "cat_1")
        guard case .cat(let cat)? = expanded.pet?.object else {
            Issue.record("expected an expanded cat")
            return
        }
        #expect(cat.name == "Tom")
        try expectRoundTrip(Charge.self, text)
        try expectRoundTrip(Charge.self, #"{"id": "ch_1", "object": "charge", "owner": "cus_1"}"#)
    }
}
