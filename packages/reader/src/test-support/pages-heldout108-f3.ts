/**
 * Held-out batch 108, file f3: the texts of the Stack Overflow question page of file f (question, answers, code, comments
 * and the furniture lists), split out to keep file f short.
 */
export const soTitle = 'Why doesn’t Array.filter narrow a union type when I check the discriminant?';
export const soQ = [
  'I have a list of events typed as a discriminated union, and I want to get only the click events out of it. I expected TypeScript to ' +
    'narrow the element type after the filter, but the result is still typed as the whole union:',
  "Inside the callback the check clearly works, because if I write <code>e.kind === 'click' &amp;&amp; e.x</code> there is no error. " +
    'But <code>clicks</code> is <code>AppEvent[]</code>, not <code>ClickEvent[]</code>, so I have to cast it afterwards.',
  'Is there a way to make <code>filter</code> return the narrowed type without a cast? I am on TypeScript 5.2 with <code>strict</code> on.',
];
export const soQCode = `type ClickEvent = { kind: 'click'; x: number; y: number };
type KeyEvent = { kind: 'key'; key: string };
type AppEvent = ClickEvent | KeyEvent;

const clicks = events.filter((e) =&gt; e.kind === 'click');
clicks[0].x; // Property 'x' does not exist on type 'KeyEvent'`;
export const soA1 = [
  'Before TypeScript 5.5, <code>filter</code> only narrows when the callback is a <em>type predicate</em>. The overload in ' +
    '<code>lib.es5.d.ts</code> looks for a function whose return type is <code>value is S</code>; an arrow function that merely returns ' +
    'a boolean does not match it, so you get the ordinary overload that returns <code>T[]</code>.',
  'You can write the predicate yourself:',
  'If you do this often, a small helper keeps it readable:',
  'Since TypeScript 5.5 the compiler infers type predicates from simple callbacks like yours, so the original code narrows correctly once ' +
    'you upgrade. Inference only kicks in when the function has no explicit return type and the check is one the compiler can verify ' +
    'in both directions.',
];
export const soA1Code1 = `const clicks = events.filter((e): e is ClickEvent =&gt; e.kind === 'click');`;
export const soA1Code2 = `const ofKind = &lt;K extends AppEvent['kind']&gt;(kind: K) =&gt;
  (e: AppEvent): e is Extract&lt;AppEvent, { kind: K }&gt; =&gt; e.kind === kind;

const clicks = events.filter(ofKind('click')); // ClickEvent[]`;
export const soA2 = [
  'Another option, if you also need to transform the elements, is <code>flatMap</code>, which lets you return an empty array for the ' +
    'items you want to drop. TypeScript infers the element type from what you return, so no predicate is needed:',
  'It reads a bit oddly the first time, but it avoids writing the type name twice.',
];
export const soA2Code = `const clicks = events.flatMap((e) =&gt; (e.kind === 'click' ? [e] : []));`;
export const soComments = [
  { id: 1, score: '2', text: 'Which TypeScript version? This changed quite recently.', name: 'Hannah Okafor', time: 'Mar 3, 2023 at 14:40' },
  { id: 2, score: '', text: '@HannahOkafor 5.2, sorry, I have added it to the question.', name: 'Tomasz Wierzbicki', time: 'Mar 3, 2023 at 14:52' },
  {
    id: 3,
    score: '5',
    text: 'The 5.5 inference is great, but note it does not work if you annotate the callback with : boolean.',
    name: 'Devika Rao',
    time: 'Jul 1, 2024 at 09:17',
  },
];
export const soNav = ['Home', 'Questions', 'Tags', 'Users', 'Companies', 'Labs', 'Jobs', 'Discussions', 'Collectives'];
export const soTeams = ['Ask questions, find answers and collaborate at work with Stack Overflow for Teams.', 'Try Teams for free', 'Explore Teams'];
export const soTags = ['typescript', 'type-narrowing', 'discriminated-union'];
export const soSort = ['Highest score (default)', 'Trending (recent votes count more)', 'Date modified (newest first)', 'Date created (oldest first)'];
export const soForm = [
  'Thanks for contributing an answer to Stack Overflow!',
  'Please be sure to answer the question. Provide details and share your research!',
  'Asking for help, clarification, or responding to other answers.',
  'Making statements based on opinion; back them up with references or personal experience.',
  'To learn more, see our tips on writing great answers.',
  'Sign up or log in',
  'Sign up using Google',
  'Sign up using Email and Password',
  'Post as a guest',
  'Required, but never shown',
  'Post Your Answer',
  'Discard',
  'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.',
];
export const soBlog = ['The Overflow Blog', 'What we learned shipping a type checker in the browser', 'How a small team maintains a big open source parser'];
export const soMeta = ['Featured on Meta', 'Updates to the review queues for new users', 'Community feedback on the new comment design'];
export const soRelated = [
  'TypeScript: narrowing an array of unions with find()',
  'Type guard not narrowing inside Array.some callback',
  'Generic type predicate for discriminated unions',
];
export const soHot = [
  'Hot Network Questions',
  'Is it safe to store a gas cylinder in a loft?',
  'Why do some bread recipes add vinegar?',
  'How were tide tables calculated before computers?',
];
export const soFoot = [
  'Stack Overflow',
  'Help',
  'Chat',
  'Products',
  'Teams',
  'Advertising',
  'Talent',
  'Company',
  'About',
  'Press',
  'Work Here',
  'Legal',
  'Privacy Policy',
  'Terms of Service',
  'Contact Us',
  'Your Privacy Choices',
  'Cookie Policy',
];
export const soCopy = 'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2025.11.3.36734';
export const soCookie = [
  'Your Privacy',
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance ' +
    'with our Cookie Policy.',
  'Accept all cookies',
  'Necessary cookies only',
  'Customize settings',
];
