import Foundation
import SpecgenRuntime
import Testing

@Suite struct MultipartFormTests {
    @Test func namesCannotBreakOutOfTheirHeader() throws {
        var form = MultipartForm(boundary: "b")
        try form.append("a\"\r\nX-Injected: 1", "v")
        form.append("f", file: FileUpload(data: Data("x".utf8), fileName: "evil\".txt\r\n", contentType: "text/plain"))
        let text = String(decoding: form.body, as: UTF8.self)
        #expect(
            text
                == "--b\r\nContent-Disposition: form-data; name=\"a%22%0D%0AX-Injected: 1\"\r\n\r\nv\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"evil%22.txt%0D%0A\"\r\n"
                + "Content-Type: text/plain\r\n\r\nx\r\n--b--\r\n")
        #expect(form.contentType == "multipart/form-data; boundary=b")
    }

    @Test func valuesBecomeTextArraysRepeatAndObjectsAreJSON() throws {
        var form = MultipartForm(boundary: "b")
        try form.append("n", 3)
        try form.append("ok", true)
        try form.append("tags", ["x", "y"])
        try form.append("none", String?.none)
        try form.append("meta", ["k": 1])
        let text = String(decoding: form.body, as: UTF8.self)
        let part = { (name: String, value: String) in
            "--b\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        #expect(
            text
                == part("n", "3") + part("ok", "true") + part("tags", "x") + part("tags", "y")
                + "--b\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n"
                + #"{"k":1}"# + "\r\n--b--\r\n")
    }
}
