import { ps, texts, type TestPage } from './page-kit.js';

const bbcBody = [
  'Scientists have recorded the largest bloom of sea ice algae ever seen in the Arctic, ' +
    'stretching for more than a hundred kilometres beneath the ice north of Svalbard.',
  'The bloom was found by an autonomous submarine that spent three weeks under the ice in the spring, measuring light, temperature and chlorophyll.',
  'Researchers say thinner ice lets more light through to the water below, so algae can grow earlier in the year than they used to.',
  'That could change the whole food web, because the fish and the tiny animals that eat algae may not be there yet when the bloom is at its peak.',
  'The team plans to send the submarine back next year to see whether the bloom returns in the same place.',
];
const bbc: TestPage = {
  name: 'news-public-broadcaster',
  kind: 'news',
  title: 'Record algae bloom found beneath Arctic sea ice',
  headings: ['A changing food web'],
  body: texts(bbcBody),
  bylines: ['By Victoria Gill, Science correspondent, BBC News', '2 hours ago'],
  furniture: [
    'Image source, Getty Images',
    'Image caption, The submarine was lowered through a hole drilled in the ice',
    'Related Topics',
    'More on this story',
    'Arctic ice hits record low for winter',
    'Accessibility Help',
    'Sign in',
  ],
  html:
    `<!DOCTYPE html><html lang="en-GB"><head><title>Record algae bloom found beneath Arctic sea ice - BBC News</title></head>` +
    `<body>
<div id="orb-header"><a href="#main-content">Skip to content</a><a href="/accessibility">Accessibility Help</a>` +
    `<a href="/signin">Sign in</a></div>
<div id="main-content"><article><header><h1 id="main-heading">Record algae bloom found beneath Arctic sea ice</h1></header>
<div data-component="byline-block"><p>By Victoria Gill, Science correspondent, BBC News</p><time>2 hours ago</time></div>
<div data-component="image-block"><figure><span>Image source, Getty Images</span><img src="sub.jpg"><p class="caption">` +
    `<span>Image caption, </span>The submarine was lowered through a hole drilled in the ice</p></figure></div>
<div data-component="text-block">${ps(bbcBody.slice(0, 2))}</div>
<div data-component="subheadline-block"><h2>A changing food web</h2></div>
<div data-component="text-block">${ps(bbcBody.slice(2))}</div>
<div data-component="tag-list"><h2>Related Topics</h2><ul><li><a href="/t">Arctic</a></li><li><a href="/c">Climate change</a></li>` +
    `</ul></div>
</article>
<section data-component="links-block"><h2>More on this story</h2><ul><li><a href="/n1">` +
    `<h3>Arctic ice hits record low for winter</h3></a></li><li><a href="/n2"><h3>Why does sea ice matter?</h3></a></li></ul></section>` +
    `</div></body></html>`,
};

const apBody = [
  'WASHINGTON (AP) - The Senate on Thursday passed a bill that would require airlines to ' +
    'refund passengers automatically when a flight is cancelled or badly delayed, sending the ' +
    'measure to the House.',
  'Under the bill, airlines would have seven days to return the money to a credit card and ' +
    'twenty days for other forms of payment, without the passenger having to ask.',
  'Consumer groups have pushed for the change for years, saying that airlines too often offer vouchers instead of cash.',
  'The airline industry&rsquo;s trade group said carriers already refund most tickets and warned that the new rules would raise costs.',
];
const ap: TestPage = {
  name: 'news-wire-li-headings',
  kind: 'news',
  title: 'Senate passes bill requiring automatic airline refunds',
  headings: [],
  body: texts(apBody),
  bylines: ['By KEVIN FREKING', 'Updated 4:32 PM EDT, May 2, 2024'],
  furniture: [
    'Copyright 2024 The Associated Press. All Rights Reserved.',
    'RELATED COVERAGE',
    'What to know about flight delays this summer',
    'Airlines add fees for seats next to children',
    'Share',
    'Copy Link copied',
    'Email',
    'Facebook',
    'Print',
  ],
  html:
    `<!doctype html><html><head><title>Senate passes bill requiring automatic airline refunds | AP News</title></head><body>
<div class="Page-header"><ul class="Page-header-navigation"><li><a>World</a></li><li><a>U.S.</a></li><li><a>Politics</a></li></ul>` +
    `</div>
<main class="Page-main"><div class="Page-lead">` +
    `<h1 class="Page-headline">Senate passes bill requiring automatic airline refunds</h1>
<div class="Page-authors">By <a href="/author/kevin-freking">KEVIN FREKING</a></div>` +
    `<div class="Page-dateModified">Updated 4:32 PM EDT, May 2, 2024</div>
<div class="Page-actions"><a>Share</a><a>Copy Link copied</a><a>Email</a><a>Facebook</a><a>Print</a></div></div>
<div class="RichTextStoryBody">${ps(apBody.slice(0, 2))}
<div class="Enhancement"><div class="PageListStandardE"><h2>RELATED COVERAGE</h2><ul><li><div class="PagePromo"><h3>` +
    `<a href="/r1">What to know about flight delays this summer</a></h3></div></li><li><div class="PagePromo"><h3>` +
    `<a href="/r2">Airlines add fees for seats next to children</a></h3></div></li></ul></div></div>
${ps(apBody.slice(2))}</div>
<p class="Page-copyright">Copyright 2024 The Associated Press. All Rights Reserved.</p></main></body></html>`,
};

export const NEWS2_PAGES: readonly TestPage[] = [bbc, ap];
