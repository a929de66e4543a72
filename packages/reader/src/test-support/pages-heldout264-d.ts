import { links, ps, type TestPage, texts } from './page-kit.js';
import { quarry } from './pages-heldout264-d2.js';
import { j, lis, uniq } from './pages-heldout264-kit.js';

/**
 * Held-out batch 264, file d: a Twilio docs-style quickstart of an invented messaging company, rendered by a React design
 * system (data-paste-element boxes with generated css- classes: the top bar, the product sidebar, breadcrumbs, the
 * "Rate this page" stars, code samples with language tabs and "Copy code block", a callout, "What's next?", the
 * "Need some help?" box, the cookie banner and the footer) and, from file d2, a PostgreSQL manual-style page.
 */
const tTitle = 'Send an SMS with Python';
const tIntro = [
  j(
    'In this quickstart you will send a text message from a Python script using the Chirpline Messaging API. You will sign up',
    'for an account, buy a phone number that can send SMS, install the helper library and run a script of about ten lines.',
  ),
];
const tH = [
  'Sign up and get a phone number',
  'Install Python and the helper library',
  'Send an outbound SMS',
  'Check the message status',
  "What's next?",
] as const;
const tSign = [
  'If you already have an account and an SMS-capable number, skip to the next step.',
  j(
    'Create a free trial account, verify your email address and your own mobile number, and then open the Console. On the',
    '<strong>Phone Numbers</strong> page, choose <strong>Buy a number</strong>, tick the <strong>SMS</strong> capability and pick a number.',
  ),
];
const tTrial = j(
  'Trial accounts can send messages only to numbers you have verified, and every message starts with the words',
  '"Sent from a Chirpline trial account". Upgrade the account to remove both limits.',
);
const tInstall = [
  'You need Python 3.9 or later. Check your version by running <code>python3 --version</code> in a terminal.',
  'Then install the helper library with pip. We recommend installing it in a virtual environment for your project.',
];
const tSend = [
  j(
    'Create a file named <code>send_sms.py</code> and paste in the code below. Replace the account ID and the auth token',
    'with the values shown on your Console dashboard, and put your trial number in <code>from_</code>.',
  ),
  'Keep the auth token out of your source code in production. Read it from an environment variable instead, as the sample does.',
  j(
    'Run the script with <code>python3 send_sms.py</code>. Within a few seconds the message should arrive on your phone, and',
    'the script prints the message ID, a 34-character string that starts with <code>MG</code>.',
  ),
];
const tStatus = ['A message moves through several statuses after you send it:'];
const tStatusList = [
  '<code>queued</code>: Chirpline accepted the request and will send the message shortly.',
  '<code>sent</code>: the message was handed to the carrier.',
  '<code>delivered</code>: the carrier confirmed that the phone received it.',
  '<code>undelivered</code> or <code>failed</code>: something went wrong. The error code tells you why.',
];
const tStatus2 = ['To be told about each change instead of polling, set a status callback URL when you create the message.'];
const tNext = ['Receive and reply to SMS with a Flask app', 'Send messages to many recipients with messaging services', 'Learn about error codes'];
const tTop = ['Products', 'Solutions', 'Developers', 'Pricing', 'Talk to sales', 'Log in', 'Start for free'];
const tSide = ['Messaging', 'Quickstarts', 'Send an SMS with Node.js', 'Send an SMS with Java', 'Messaging Services overview', 'Webhooks'];
const tCrumbs = ['Docs', 'Messaging', 'Quickstarts'];
const tLangs = ['Python', 'Node.js', 'Java', 'Ruby', 'PHP', 'C#', 'curl'];
const tFoot = ['About us', 'Careers', 'Legal', 'Privacy', 'System status', 'Security', 'Cookie preferences'];
const box = (cls: string, inner: string, el = 'div', pe = 'BOX'): string => `<${el} data-paste-element="${pe}" class="css-${cls}">${inner}</${el}>`;
const h2 = (t: string): string => box('1r9qk6a', t, 'h2', 'HEADING');
const sample = (code: string): string =>
  box(
    'k0zj3c',
    `<div role="tablist" data-paste-element="TAB_LIST" class="css-5a2mvq">${tLangs
      .map(
        (l) => `<button
role="tab" data-paste-element="TAB" class="css-1d2xq0">${l}</button>`,
      )
      .join('')}</div><button data-paste-element="BUTTON" class="css-copybtn"
aria-label="Copy code block">Copy code block</button><pre data-paste-element="CODE_BLOCK" class="css-9bqv0g"><code>${code}</code></pre>`,
  );
const tHelp = j(
  '<h3>Need some help?</h3><p>We all do sometimes; code is hard. Get help now from our support team, or lean on the',
  'wisdom of the crowd in the Chirpline Community forum.</p>',
);
const tHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${tTitle} | Chirpline</title><meta name="description" content="Send your first text message with Python and the Chirpline Messaging API."/>
<meta property="og:title" content="${tTitle} | Chirpline"/><meta property="og:type" content="article"/><meta name="next-head-count" content="8"/>
<style data-emotion="css 1r9qk6a k0zj3c 5a2mvq">.css-1r9qk6a{font-size:1.5rem;font-weight:600}.css-k0zj3c{border-radius:4px}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"${tTitle}","step":[{"@type":"HowToStep","name":"Sign up"}]}</script>
<script>window.analytics=window.analytics||[];analytics.page("Docs","Quickstart");</script></head><body><div id="__next">
<div data-paste-element="TOPBAR" class="css-topbar">${box('logo', '<a href="/">Chirpline</a>')}<nav aria-label="Main"><ul>${links(tTop)}</ul></nav></div>
<div data-paste-element="SIDEBAR" class="css-sidebar"><nav aria-label="Messaging docs"><ul>${links(tSide)}</ul></nav></div>
<main data-paste-element="BOX" class="css-main"><nav aria-label="breadcrumb" data-paste-element="BREADCRUMB"><ol>${links(tCrumbs)}</ol></nav>
<article data-paste-element="BOX" class="css-article"><h1 data-paste-element="HEADING" class="css-title">${tTitle}</h1>
${box('rating', `<span>Rate this page:</span>${[1, 2, 3, 4, 5].map((n) => `<button aria-label="${n} stars" class="css-star"></button>`).join('')}`)}
${box('prose', ps(tIntro))}
${h2(tH[0])}
${box('prose', ps(tSign))}
<aside data-paste-element="CALLOUT" class="css-callout-warning"><div data-paste-element="CALLOUT_HEADING" class="css-ch">Trial account limits</div>
<p data-paste-element="PARAGRAPH" class="css-p">${tTrial}</p></aside>
${h2(tH[1])}
${box('prose', ps(tInstall))}
${sample('pip3 install chirpline')}
${h2(tH[2])}
${box('prose', ps(tSend.slice(0, 2)))}
${sample(`import os\nfrom chirpline.rest import Client\n\nclient = Client(os.environ["CHIRP_ACCOUNT_ID"], os.environ["CHIRP_AUTH_TOKEN"])
message = client.messages.create(body="Hello from Python!", from_="+15017122661", to="+15558675310")\nprint(message.id)`)}
${box('prose', ps(tSend.slice(2)))}
${h2(tH[3])}
${box('prose', `${ps(tStatus)}<ul>${lis(tStatusList)}</ul>${ps(tStatus2)}`)}
${h2(tH[4])}
<ul data-paste-element="UNORDERED_LIST">${tNext.map((t) => `<li data-paste-element="LIST_ITEM"><a href="/docs/messaging/${t.length}">${t}</a></li>`).join('\n')}
</ul></article>
${box('feedback', '<p>Rate this page:</p><p class="css-thanks" hidden>Thanks for rating this page!</p>')}
${box('help', tHelp)}
</main><div data-paste-element="TOC" class="css-toc"><p>On this page</p><ul>${links([...tH])}</ul></div>
<footer data-paste-element="FOOTER" class="css-footer"><ul>${links(tFoot)}</ul><p>Copyright © 2026 Chirpline Inc. All rights reserved.</p></footer>
<div role="dialog" aria-label="Cookie consent" class="css-consent"><p>We use cookies and similar technologies to measure site usage and to personalise
content. You can change your choices at any time.</p><button>Accept all</button><button>Reject all</button><button>Cookie settings</button></div>
</div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"messaging/quickstart/python"}},"page":"/docs/[...slug]"}</script>
</body></html>`;
const chirp: TestPage = {
  name: 'heldout264-twilio-docs-quickstart',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [...tH],
  body: texts([...tIntro, ...tSign, tTrial, ...tInstall, ...tSend, ...tStatus, ...tStatusList, ...tStatus2, ...tNext]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...tTop, ...tSide.slice(1), 'Docs', 'Quickstarts', 'Rate this page:', ...tLangs.filter((l) => l.length > 2 && l !== 'Python'), 'Copy code block',
    'Thanks for rating this page!', 'Need some help?', 'We all do sometimes; code is hard.', 'On this page', ...tFoot,
    'Copyright © 2026 Chirpline Inc. All rights reserved.', 'We use cookies and similar technologies to measure site usage and to personalise content.',
    'Accept all', 'Reject all', 'Cookie settings',
  ]),
};

export const HELDOUT264_D: readonly TestPage[] = [chirp, quarry];
