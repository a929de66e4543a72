/**
 * Held-out batch 53, file b3: the method details of file b's javadoc page (kept apart to hold each file under 300 lines).
 */
type Member = { id: string; name: string; sig: string; desc: string[]; notes: [string, string[]][] };
export const jdMembers: Member[] = [
  {
    id: 'of()',
    name: 'of',
    sig: 'public static&nbsp;HexFormat&nbsp;of()',
    desc: ['Returns a hexadecimal format with no delimiter, no prefix or suffix, and lowercase digits.'],
    notes: [['Returns:', ['a hexadecimal format with lowercase digits and no delimiter']]],
  },
  {
    id: 'ofDelimiter(java.lang.String)',
    name: 'ofDelimiter',
    sig: 'public static&nbsp;HexFormat&nbsp;ofDelimiter(String&nbsp;delimiter)',
    desc: ['Returns a hexadecimal format that places the given delimiter between bytes and uses lowercase digits.'],
    notes: [
      ['Parameters:', ['<code>delimiter</code> - the text placed between formatted bytes, not null']],
      ['Returns:', ['a hexadecimal format with the given delimiter']],
    ],
  },
  {
    id: 'withUpperCase()',
    name: 'withUpperCase',
    sig: 'public&nbsp;HexFormat&nbsp;withUpperCase()',
    desc: ['Returns a copy of this format that writes uppercase digits. The delimiter, prefix and suffix stay as they are.'],
    notes: [['Returns:', ['a copy of this format with uppercase digits']]],
  },
  {
    id: 'withPrefix(java.lang.String)',
    name: 'withPrefix',
    sig: 'public&nbsp;HexFormat&nbsp;withPrefix(String&nbsp;prefix)',
    desc: ['Returns a copy of this format with the given prefix, which is written in front of every formatted byte.'],
    notes: [
      ['Parameters:', ['<code>prefix</code> - the text written before each byte, not null']],
      ['Returns:', ['a copy of this format with the given prefix']],
    ],
  },
  {
    id: 'formatHex(byte[])',
    name: 'formatHex',
    sig: 'public&nbsp;String&nbsp;formatHex(byte[]&nbsp;bytes)',
    desc: [
      'Returns the hexadecimal string for an array of bytes. Each byte is written as two digits, with the prefix before it and ' +
        'the suffix after it, and the delimiter is placed between bytes.',
    ],
    notes: [
      ['Parameters:', ['<code>bytes</code> - the bytes to format, not null']],
      ['Returns:', ['the formatted string']],
    ],
  },
  {
    id: 'parseHex(java.lang.CharSequence)',
    name: 'parseHex',
    sig: 'public&nbsp;byte[]&nbsp;parseHex(CharSequence&nbsp;string)',
    desc: [
      'Returns the bytes parsed from a hexadecimal string. The string must hold formatted bytes, each surrounded by the prefix ' +
        'and suffix and separated by the delimiter, just as <a href="#formatHex(byte%5B%5D)"><code>formatHex(byte[])</code></a> writes them.',
    ],
    notes: [
      ['Parameters:', ['<code>string</code> - the text to parse, not null']],
      ['Returns:', ['a new array holding the parsed bytes']],
      [
        'Throws:',
        [
          '<code><a href="../lang/IllegalArgumentException.html">IllegalArgumentException</a></code> - if the string is malformed, ' +
            'has a length that cannot hold whole bytes, or its prefix, suffix or delimiter do not match',
        ],
      ],
    ],
  },
  {
    id: 'toHexDigits(int)',
    name: 'toHexDigits',
    sig: 'public&nbsp;String&nbsp;toHexDigits(int&nbsp;value)',
    desc: ['Returns the eight hexadecimal digits of an <code>int</code> value, most significant first. The prefix, suffix and delimiter are not used.'],
    notes: [
      ['Parameters:', ['<code>value</code> - the value to convert']],
      ['Returns:', ['the eight hexadecimal digits of the value']],
    ],
  },
  {
    id: 'fromHexDigits(java.lang.CharSequence)',
    name: 'fromHexDigits',
    sig: 'public static&nbsp;int&nbsp;fromHexDigits(CharSequence&nbsp;string)',
    desc: ['Returns the <code>int</code> value parsed from one to eight hexadecimal digits. The string may not carry a prefix, suffix or delimiter.'],
    notes: [
      ['Parameters:', ['<code>string</code> - the digits to parse']],
      ['Returns:', ['the parsed value']],
      [
        'Throws:',
        [
          '<code><a href="../lang/NumberFormatException.html">NumberFormatException</a></code> - if the string is empty, longer than ' +
            'eight characters, or holds a character that is not a hexadecimal digit',
        ],
      ],
    ],
  },
  {
    id: 'toString()',
    name: 'toString',
    sig: 'public&nbsp;String&nbsp;toString()',
    desc: ['Returns a description of this format that names its digit case, delimiter, prefix and suffix.'],
    notes: [
      [
        'Overrides:',
        ['<code><a href="../lang/Object.html#toString()">toString</a></code>&nbsp;in class&nbsp;<code><a href="../lang/Object.html">Object</a></code>'],
      ],
      ['Returns:', ['a description of this format']],
    ],
  },
];
