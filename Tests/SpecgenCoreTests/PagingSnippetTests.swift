import Testing

/// Paging styles as the model carries them (the members that lead from a page to its items, link and counters) and
/// as the bundled templates print them: a few lines of YAML in, the exact Swift out, compiled.
@Suite struct PagingSnippetTests {
    private static func listOperation(page: String, query: String) -> String {
        """
        paths:
          /employees:
            get:
              operationId: listEmployees
              parameters: [\(query)]
              responses:
                '200':
                  description: a page
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/\(page)'}
        """
    }

    @Test func offsetPagingReadsRequiredMetadataDirectlyAndDefaultsOptionalCounters() async throws {
        let snippet = try Snippet(
            Self.listOperation(
                page: "Page",
                query:
                    "{name: limit, in: query, schema: {type: integer}}, {name: offset, in: query, schema: {type: integer}}"
            )
                + """

                components:
                  schemas:
                    Page:
                      type: object
                      required: [metadata]
                      properties:
                        data: {type: array, items: {type: string}}
                        metadata:
                          type: object
                          required: [total_pages]
                          properties:
                            current_page: {type: integer}
                            total_pages: {type: integer}
                """, vendors: [.personio])
        #expect(snippet.contains("items: { $0.data ?? [] },"))
        #expect(snippet.contains("isLast: { ($0.metadata.currentPage ?? 0) + 1 >= $0.metadata.totalPages }"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func linkPagingChainsOptionalMembersOnTheWayToTheLink() async throws {
        let snippet = try Snippet(
            Self.listOperation(page: "Page", query: "{name: cursor, in: query, schema: {type: string}}")
                + """

                components:
                  schemas:
                    Page:
                      type: object
                      required: [_data, _meta]
                      properties:
                        _data: {type: array, items: {type: string}}
                        _meta:
                          type: object
                          required: [links]
                          properties:
                            links:
                              type: object
                              properties:
                                next: {type: object, properties: {href: {type: string}}}
                """, vendors: [.personio])
        #expect(snippet.contains("items: { $0.data },"))
        #expect(snippet.contains("next: { $0.meta.links.next?.href }"))
        #expect(try await snippet.typecheck() == nil)
    }
}
