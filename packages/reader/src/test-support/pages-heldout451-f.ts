import { ps, type TestPage, texts } from './page-kit.js';
import { sphinx } from './pages-heldout451-f2.js';
import { j } from './pages-heldout451-kit.js';

/**
 * Held-out batch 451, file f: a news story in a Mercury Reader page built on Postlight Parser output (the reader header with
 * the source domain, lead image with caption, title, author and date, the parsed content with a quote, the word count and
 * reading time, the toolbar with theme, font and size settings, "Send to Kindle", "Share" and "Read on original site", and
 * the "Powered by Postlight Parser" footer) and, from file f2, a Sphinx project's single-page print view.
 */
const mTitle = 'Port of Valderra votes to cap cruise ships at 3,000 passengers';
const mP1 = [
  j(
    'VALDERRA — The town council of Valderra voted on Thursday evening to bar cruise ships carrying more than 3,000 passengers from',
    'its harbour from 2028, becoming the first port on the Corven coast to set a size limit after years of complaints about crowding',
    'in its medieval old town.',
  ),
  j(
    'The measure passed by eleven votes to six after a four-hour debate that spilled out onto the square outside the town hall,',
    'where around two hundred residents gathered, some with banners reading “A town, not a theme park.”',
  ),
  j(
    'Mayor Silvia Ortanez, who proposed the cap, said the town had welcomed 412 cruise calls last year, with up to three large ships',
    'in port on the busiest days. “On those mornings, eighteen thousand visitors arrive in a place where nine thousand people live,”',
    'she told the council. “We are not against tourism. We are against being unable to walk to the baker’s.”',
  ),
  j(
    'Under the new rules, ships above the limit will be refused a berth, and smaller ships will pay a landing fee of €6 per passenger,',
    'to be spent on cleaning, public toilets and a shuttle from the port to the edge of the old town. The harbour authority estimates',
    'that the cap will cut the number of cruise passengers by about a third.',
  ),
  j(
    'Business owners were divided. The association of old-town shopkeepers supported the limit, arguing that day visitors from the',
    'largest ships spend little and crowd out regular customers. Tour operators and the taxi drivers’ cooperative warned of lost',
    'income and said the council had not consulted them before publishing the plan.',
  ),
  j(
    'Several cruise lines already calling at Valderra said they were studying the decision. One, which runs two ships that would',
    'exceed the limit, said in a statement that it “regretted” the vote and would look at “alternative ports in the region.”',
  ),
  j(
    'The regional government must approve the change to the harbour regulations before it takes effect. A spokesman said it would',
    'review the decision “with respect for local autonomy,” and a ruling is expected before the end of the year.',
  ),
];
const mCaption = 'Two cruise ships moored at Valderra’s outer quay last August. (Photo: Marta Quiles)';
const mHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${mTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="chrome-extension://oknpjjbmpnndlpmnhmekjpocelpnlfdi/css/reader.css">
<script>window.__MERCURY__ = {"url":"https://www.corvenpost.example/news/2026/03/valderra-cruise-cap","domain":"www.corvenpost.example",
"word_count":512,"direction":"ltr","total_pages":1,"rendered_pages":1};</script></head>
<body class="mercury-reader theme-light font-serif size-medium"><div id="mercury-reader-root" class="reader-wrapper">
<div class="reader-toolbar" role="toolbar"><a class="reader-toolbar__original" href="https://www.corvenpost.example/news/2026/03/valderra-cruise-cap">Read on
original site</a><button class="reader-toolbar__kindle">Send to Kindle</button><button class="reader-toolbar__share">Share</button>
<button class="reader-toolbar__settings" aria-label="Settings">Aa</button>
<div class="reader-settings" hidden><span class="reader-settings__label">Theme</span><button>Light</button><button>Dark</button>
<span class="reader-settings__label">Font</span><button>Serif</button><button>Sans</button>
<span class="reader-settings__label">Text size</span><button>Smaller</button><button>Larger</button></div></div>
<article class="reader-article"><header class="reader-header"><a class="reader-header__domain" href="https://www.corvenpost.example">corvenpost.example</a>
<figure class="reader-header__lead-image"><img src="https://images.corvenpost.example/2026/03/valderra-quay.jpg" alt="">
<figcaption>${mCaption}</figcaption></figure>
<h1 class="reader-header__title">${mTitle}</h1>
<div class="reader-header__meta"><span class="reader-header__author">By Tomás Arriaga-Welles</span>
<span class="reader-header__date">March 6, 2026</span></div>
<div class="reader-header__stats"><span>512 words</span> <span>3 min read</span></div></header>
<div class="reader-content" dir="ltr"><div class="page">
${ps(mP1)}
</div></div></article>
<footer class="reader-footer"><p>Powered by Postlight Parser</p><a href="#" class="reader-footer__feedback">Send feedback</a></footer></div>
<script src="chrome-extension://oknpjjbmpnndlpmnhmekjpocelpnlfdi/js/reader.js"></script></body></html>`;
const mercury: TestPage = {
  name: 'heldout451-mercury-reader-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts(mP1),
  bylines: ['By Tomás Arriaga-Welles', 'March 6, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Read on original site', 'Send to Kindle', 'Share', 'Theme', 'Light', 'Dark', 'Font', 'Serif', 'Sans', 'Text size', 'Smaller', 'Larger',
    'corvenpost.example', mCaption, '512 words', '3 min read', 'Powered by Postlight Parser', 'Send feedback',
  ],
};

export const HELDOUT451_F: readonly TestPage[] = [mercury, sphinx];
