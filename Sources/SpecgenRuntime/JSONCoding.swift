import Foundation

/// The JSON encoder and decoder generated clients use: `date-time` values are ISO 8601, read with or without
/// fractional seconds and written with milliseconds, so `2024-10-22T16:26:54.063Z` round-trips unchanged.
public enum JSONCoding {
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = parseDate(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container,
                    debugDescription: "'\(text)' is not an ISO 8601 date-time or date"
                )
            }
            return date
        }
        return decoder
    }

    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(formatDate(date))
        }
        return encoder
    }

    private static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let withoutFraction = Date.ISO8601FormatStyle()

    private static let calendarDate = Date.ISO8601FormatStyle().year().month().day()

    /// Parses `2024-10-22T16:26:54.063Z`, `2024-10-22T16:26:54Z`, offsets such as `+02:00` or `+0200`, and a
    /// calendar date alone (`2024-10-22`, midnight UTC), which servers send for `date-time` fields too.
    public static func parseDate(_ text: String) -> Date? {
        (try? withFraction.parse(text)) ?? (try? withoutFraction.parse(text))
            ?? (text.count == 10 ? try? calendarDate.parse(text) : nil)
    }

    /// Formats with milliseconds in UTC: `2024-10-22T16:26:54.063Z`.
    public static func formatDate(_ date: Date) -> String {
        // Whole milliseconds, rounded: the format style truncates, and binary floating point would show .063 as .062.
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let (seconds, fraction) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        let wholeSeconds = fraction < 0 ? seconds - 1 : seconds
        let millisecondsPart = fraction < 0 ? fraction + 1000 : fraction
        let text = withoutFraction.format(Date(timeIntervalSince1970: TimeInterval(wholeSeconds)))
        let digits = String(millisecondsPart)
        return text.dropLast() + "." + String(repeating: "0", count: 3 - digits.count) + digits + "Z"
    }
}
