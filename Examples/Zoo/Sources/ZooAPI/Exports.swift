// The generated client's API uses the runtime's types (APIError, RequestOptions): importing ZooAPI is enough.
@_exported import SpecgenRuntime
