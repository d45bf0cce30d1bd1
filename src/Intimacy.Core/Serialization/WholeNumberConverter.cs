using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Intimacy.Core.Serialization;

/// <summary>
/// Reads a 32-bit whole number however JSON writes it: <c>5</c>, <c>5.0</c>, <c>5e0</c> and <c>50E-1</c> are all 5, as
/// JSON Schema's <c>"type": "integer"</c> (decided by value) says and as writers that keep whole numbers as floats
/// produce. A fraction, a number outside the 32-bit range and anything that is not a JSON number are refused.
/// </summary>
/// <remarks>System.Text.Json's own reader refused every spelling but plain digits, so the schemas accepted profiles and plans the library refused.</remarks>
internal sealed class WholeNumberConverter : JsonConverter<int>
{
    /// <inheritdoc />
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt32(out var value))
            {
                return value;
            }

            if (TryParse(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan, out value))
            {
                return value;
            }
        }

        throw new JsonException("The value is not a whole number from -2147483648 to 2147483647.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }

    /// <summary>
    /// The schema of a value this converter reads: <c>"type": "integer"</c> (with <c>null</c> when optional). It replaces
    /// what the schema exporter makes of a custom converter, which it cannot look into.
    /// </summary>
    /// <returns>The schema, or <see langword="null"/> when <paramref name="type"/> is not <see cref="int"/> or <see cref="Nullable{T}"/> of it.</returns>
    public static JsonObject? Schema(Type type) =>
        type == typeof(int) ? new JsonObject { ["type"] = "integer" }
        : type == typeof(int?) ? new JsonObject { ["type"] = new JsonArray("integer", "null") }
        : null;

    /// <summary>Reads a JSON number element as a 32-bit whole number, whichever way it is written.</summary>
    public static bool TryGet(JsonElement element, out int value)
    {
        value = 0;
        return element.ValueKind == JsonValueKind.Number
            && (element.TryGetInt32(out value) || TryParse(System.Text.Encoding.UTF8.GetBytes(element.GetRawText()), out value));
    }

    /// <summary>
    /// Whether JSON number text (already checked by the JSON reader: <c>-?digits[.digits][(e|E)[+-]digits]</c>) is a
    /// whole number in the 32-bit range, worked out exactly on its digits.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == (byte)'-';
        if (negative)
        {
            text = text[1..];
        }

        long exponent = 0;
        var e = text.IndexOfAny((byte)'e', (byte)'E');
        if (e >= 0)
        {
            var digits = text[(e + 1)..];
            var negativeExponent = digits.Length > 0 && digits[0] == (byte)'-';
            if (digits.Length > 0 && digits[0] is (byte)'-' or (byte)'+')
            {
                digits = digits[1..];
            }

            foreach (var d in digits)
            {
                // Past a million, the number is 0, a fraction or far out of range all the same.
                exponent = Math.Min(exponent * 10 + (d - '0'), 1_000_000);
            }

            exponent = negativeExponent ? -exponent : exponent;
            text = text[..e];
        }

        var dot = text.IndexOf((byte)'.');
        var whole = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? [] : text[(dot + 1)..];

        // The digits, whole then fraction; the decimal point falls after the first `point` of them.
        var point = whole.Length + exponent;
        var count = whole.Length + fraction.Length;
        long result = 0;
        const long limit = 2_147_483_648;
        for (var i = 0; i < count; i++)
        {
            var digit = (i < whole.Length ? whole[i] : fraction[i - whole.Length]) - '0';
            if (i >= point)
            {
                if (digit != 0)
                {
                    return false;
                }

                continue;
            }

            result = result * 10 + digit;
            if (result > limit)
            {
                return false;
            }
        }

        for (var i = (long)count; i < point && result != 0; i++)
        {
            result *= 10;
            if (result > limit)
            {
                return false;
            }
        }

        result = negative ? -result : result;
        if (result is < int.MinValue or > int.MaxValue)
        {
            return false;
        }

        value = (int)result;
        return true;
    }
}
