import Foundation
import ZooAPI

// Calls the Zoo API: admits a cat, lists the dogs, retrieves an animal that is not there.
// Usage: zoo-demo [server URL]; the API key comes from ZOO_KEY.
let serverURL =
    CommandLine.arguments.dropFirst().first.flatMap(URL.init(string:)) ?? URL(string: "https://zoo.example.com/v1")!
let zoo = ZooAPI(apiKey: ProcessInfo.processInfo.environment["ZOO_KEY"] ?? "", serverURL: serverURL)

func describe(_ animal: Animal) -> String {
    switch animal {
    case .dog(let dog): "dog \(dog.name) (\(dog.id ?? "no id")), \(dog.tags?.count ?? 0) tags"
    case .cat(let cat): "cat \(cat.name) (\(cat.id ?? "no id")), \(cat.lives) lives, \(cat.spots?.count ?? 0) spots"
    case .unknown(let value): "a \(value["kind"]?.stringValue ?? "creature") this client does not know yet"
    }
}

do {
    let admitted = try await zoo.animals.create(.cat(Cat(name: "Tom", spots: [Spot(x: 1.5, y: 2)])))
    print("admitted \(describe(admitted))")
    let dogs = try await zoo.animals.list(kind: .dog, limit: 2)
    for animal in dogs.data { print("listed \(describe(animal))") }
    print("more: \(dogs.hasMore)")
    _ = try await zoo.animals.retrieve(animalID: "nessie")
} catch {
    if let problem = error.body {
        print("problem \(problem.status): \(problem.title) (\(problem.detail ?? "no detail"))")
    } else {
        print("failed: \(error)")
        exit(1)
    }
}
