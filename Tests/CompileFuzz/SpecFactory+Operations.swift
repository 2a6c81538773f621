// MARK: - Operations, parameters, bodies, responses and security

extension SpecFactory {
    /// One to four path items, each with one or two operations.
    mutating func paths(security: [String]) -> JSONTree {
        var paths: [JSONTree.Member] = []
        var shapesSeen: Set<String> = []
        var operationIds: Set<String> = []
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            var segments: [String] = []
            var pathParameters: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                if random.chance(30) {
                    let name = random.pick(NamePools.parameters.filter { !$0.contains("[") && !$0.contains(".") })
                    guard !pathParameters.contains(name) else { continue }
                    pathParameters.append(name)
                    segments.append("{\(name)}")
                } else {
                    segments.append(random.pick(NamePools.segments))
                }
            }
            let path = "/" + segments.joined(separator: "/")
            // Paths that differ only in their parameters' names are the same path.
            let shape = segments.map { $0.hasPrefix("{") ? "{}" : $0 }.joined(separator: "/")
            guard shapesSeen.insert(shape).inserted else { continue }
            var item: [JSONTree.Member] = []
            var methods: [String] = []
            for _ in 0..<Int.random(in: 1...2, using: &random) {
                let method = random.pick(["get", "post", "put", "patch", "delete"])
                if !methods.contains(method) { methods.append(method) }
            }
            for method in methods {
                var operation = self.operation(method: method, pathParameters: pathParameters, security: security)
                if random.chance(50) {
                    let id = random.pick(NamePools.operationIds)
                    if operationIds.insert(id).inserted {
                        operation.insert(.init(key: "operationId", value: .string(id)), at: 0)
                    }
                }
                item.append(.init(key: method, value: .object(operation)))
            }
            paths.append(.init(key: path, value: .object(item)))
        }
        return .object(paths)
    }

    mutating func operation(method: String, pathParameters: [String], security: [String]) -> [JSONTree.Member] {
        var operation: [JSONTree.Member] = []
        if random.chance(40) { operation.append(.init(key: "summary", value: description())) }
        if random.chance(30) {
            operation.append(.init(key: "tags", value: .array([.string(random.pick(NamePools.tags))])))
        }
        var parameters: [JSONTree] = []
        for name in pathParameters { parameters.append(pathParameter(named: name)) }
        var names: Set<String> = []
        for _ in 0..<Int.random(in: 0...4, using: &random) {
            let location = random.pick(["query", "query", "header", "cookie"])
            var name = random.pick(NamePools.parameters)
            if location == "header" {
                name = name.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
                if name.isEmpty { name = "X-Trace" }
            }
            let key = location == "header" ? "header " + name.lowercased() : location + " " + name
            guard names.insert(key).inserted else { continue }
            parameters.append(parameter(named: name, in: location))
        }
        if !parameters.isEmpty { operation.append(.init(key: "parameters", value: .array(parameters))) }
        if ["post", "put", "patch"].contains(method), random.chance(70) {
            operation.append(.init(key: "requestBody", value: requestBody()))
        }
        operation.append(.init(key: "responses", value: responses()))
        if !security.isEmpty, random.chance(20) {
            operation.append(
                .init(
                    key: "security",
                    value: .array(
                        random.chance(30) ? [] : [.object([.init(key: random.pick(security), value: .array([]))])])))
        }
        if random.chance(5) { operation.append(.init(key: "deprecated", value: .bool(true))) }
        return operation
    }

    /// A required path parameter: a scalar, an enum or an array, in the simple, label or matrix style.
    mutating func pathParameter(named name: String) -> JSONTree {
        let schema = random.chance(20) ? arrayOfScalars() : scalarSchema()
        var parameter: JSONTree = .object([
            "name": .string(name), "in": .string("path"), "required": .bool(true), "schema": schema,
        ])
        if random.chance(30) {
            parameter = parameter.setting("style", to: .string(random.pick(["simple", "label", "matrix"])))
            parameter = parameter.setting("explode", to: .bool(random.chance(50)))
        }
        return parameter
    }

    /// A query, header or cookie parameter of a scalar, enum, array or object schema in a style its location allows.
    mutating func parameter(named name: String, in location: String) -> JSONTree {
        var parameter: JSONTree = .object(["name": .string(name), "in": .string(location)])
        if random.chance(40) { parameter = parameter.setting("required", to: .bool(true)) }
        if random.chance(20) { parameter = parameter.setting("description", to: description()) }
        let schema: JSONTree
        var styles: [String]
        switch Int.random(in: 0..<10, using: &random) {
        case 0..<5: (schema, styles) = (scalarSchema(), location == "header" ? ["simple"] : ["form"])
        case 5..<7:
            schema = arrayOfScalars()
            styles =
                location == "query"
                ? ["form", "spaceDelimited", "pipeDelimited"] : location == "header" ? ["simple"] : ["form"]
        case 7..<9:
            schema = flatObject()
            styles = location == "query" ? ["form", "deepObject"] : location == "header" ? ["simple"] : ["form"]
        default: (schema, styles) = (self.schema(depth: 2), location == "header" ? ["simple"] : ["form"])
        }
        parameter = parameter.setting("schema", to: schema)
        if random.chance(40) {
            let style = random.pick(styles)
            parameter = parameter.setting("style", to: .string(style))
            parameter = parameter.setting("explode", to: .bool(style == "deepObject" || random.chance(50)))
        }
        return parameter
    }

    /// A string, integer, number, boolean or enum schema, or a reference to a component.
    mutating func scalarSchema() -> JSONTree {
        let scalars = shapes.filter { [.string, .integer, .stringEnum, .integerEnum, .boolean].contains($0.value) }.map(
            \.key
        ).sorted()
        if !scalars.isEmpty, random.chance(20) { return reference(to: random.pick(scalars)) }
        return schema(shape: random.pick([.string, .integer, .number, .boolean, .stringEnum, .integerEnum]), depth: 3)
    }

    mutating func arrayOfScalars() -> JSONTree {
        .object(["type": .string("array"), "items": scalarSchema()])
    }

    /// An object whose properties are scalars: what form bodies, cookies and deep-object queries carry.
    mutating func flatObject() -> JSONTree {
        var properties: [JSONTree.Member] = []
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let key = random.pick(NamePools.properties)
            if !properties.contains(where: { $0.key == key }) {
                properties.append(.init(key: key, value: scalarSchema()))
            }
        }
        return .object(["type": .string("object"), "properties": .object(properties)])
    }

    /// A body of one or two media types: JSON, form, multipart, bytes or text.
    mutating func requestBody() -> JSONTree {
        var content: [JSONTree.Member] = []
        for _ in 0..<Int.random(in: 1...2, using: &random) {
            let type = random.pick([
                "application/json", "application/json", "application/x-www-form-urlencoded", "multipart/form-data",
                "application/octet-stream", "text/plain", "application/merge-patch+json",
            ])
            guard !content.contains(where: { $0.key == type }) else { continue }
            let schema: JSONTree
            switch type {
            case "application/x-www-form-urlencoded": schema = random.chance(30) ? object(depth: 2) : flatObject()
            case "multipart/form-data":
                schema = flatObject().setting(
                    "properties",
                    to: .object([
                        "file": .object(["type": .string("string"), "format": .string("binary")]),
                        "note": .object(["type": .string("string")]),
                    ]))
            case "application/octet-stream": schema = .object(["type": .string("string"), "format": .string("binary")])
            case "text/plain": schema = .object(["type": .string("string")])
            default: schema = self.schema(depth: 1)
            }
            content.append(.init(key: type, value: .object(["schema": schema])))
        }
        var body: JSONTree = .object(["content": .object(content)])
        if random.chance(50) { body = body.setting("required", to: .bool(true)) }
        return body
    }

    /// One to three responses: successes with or without a body, errors by status, ranges and `default`.
    mutating func responses() -> JSONTree {
        var responses: [JSONTree.Member] = []
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let status = random.pick(["200", "200", "201", "202", "204", "default", "400", "404", "4XX", "5XX", "422"])
            guard !responses.contains(where: { $0.key == status }) else { continue }
            var response: JSONTree = .object(["description": description()])
            if status != "204", random.chance(75) {
                let type = random.pick([
                    "application/json", "application/json", "text/plain", "application/problem+json",
                ])
                let schema = type == "text/plain" ? .object(["type": .string("string")]) : self.schema(depth: 1)
                response = response.setting(
                    "content", to: .object([.init(key: type, value: .object(["schema": schema]))]))
            }
            if random.chance(10) {
                response = response.setting(
                    "headers", to: .object(["X-Rate-Limit": .object(["schema": .object(["type": .string("integer")])])])
                )
            }
            responses.append(.init(key: status, value: response))
        }
        return .object(responses)
    }

    /// 3.1 webhooks: a payload schema per event.
    mutating func webhooks() -> JSONTree {
        let name = random.pick(["thing.created", "Type", "self", "0", "a-b"])
        return .object([
            .init(
                key: name,
                value: .object([
                    "post": .object([
                        "requestBody": .object([
                            "content": .object(["application/json": .object(["schema": schema(depth: 1)])])
                        ]),
                        "responses": .object(["200": .object(["description": .string("Received.")])]),
                    ])
                ]))
        ])
    }

    /// Zero to two security schemes of the five kinds.
    mutating func securitySchemes() -> [JSONTree.Member] {
        var schemes: [JSONTree.Member] = []
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            let name = random.pick(["api_key", "bearer", "basic", "oauth", "oidc", "Type", "self"])
            guard !schemes.contains(where: { $0.key == name }) else { continue }
            let scheme: JSONTree
            switch Int.random(in: 0..<5, using: &random) {
            case 0:
                scheme = .object([
                    "type": .string("apiKey"), "in": .string(random.pick(["header", "query", "cookie"])),
                    "name": .string(random.pick(["X-API-Key", "api_key", "token"])),
                ])
            case 1: scheme = .object(["type": .string("http"), "scheme": .string("bearer")])
            case 2: scheme = .object(["type": .string("http"), "scheme": .string("basic")])
            case 3:
                scheme = .object([
                    "type": .string("oauth2"),
                    "flows": .object([
                        "clientCredentials": .object([
                            "tokenUrl": .string("https://api.example.com/oauth/token"), "scopes": .object([]),
                        ])
                    ]),
                ])
            default:
                scheme = .object([
                    "type": .string("openIdConnect"),
                    "openIdConnectUrl": .string("https://api.example.com/.well-known/openid-configuration"),
                ])
            }
            schemes.append(.init(key: name, value: scheme))
        }
        return schemes
    }
}
