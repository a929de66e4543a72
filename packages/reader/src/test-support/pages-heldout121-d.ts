import { links, ps, type TestPage, texts } from './page-kit.js';
import { cssTricksPost } from './pages-heldout121-d2.js';

/**
 * Held-out batch 121, file d: a Smashing Magazine article (skip link, the header nav, the article header with author,
 * date, tags, reading time and share links, the "Quick summary ↬" dek, the table of contents, the "Meet ..." feature panel
 * and the "More after jump! Continue reading below ↓" ad slot inside the article body, a note box, the "Further Reading On
 * SmashingMag" list and the "Smashing Editorial (initials)" signature at the end of the body, the "About The Author" box,
 * the newsletter panel, the topics list and the footer) and, from file d2, a CSS-Tricks article.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const smTitle = 'Designing Accessible Error Messages For Long Forms';
const smSummary =
  'Long forms fail people in quiet ways: an error appears somewhere off-screen, a screen reader says nothing, and the person gives up. ' +
  'Here is a practical approach to where error messages go, what they say and how to test them with the people who depend on them.';
const smP1 = paras(`
Last year, our team at Halden Mutual rebuilt the claim form for home insurance. It is a long form: fourteen steps, around ninety
fields, and a lot of people filling it in on the worst day of their year. When we looked at the analytics, the biggest drop-off was
not on any of the hard questions. It was on the step where people entered their bank details, and the cause was a single error
message that most of them never saw.

This article collects what we learned about error messages while fixing that step and the thirteen around it.
`);
const smH1 = 'Why Long Forms Go Wrong';
const smP2 = paras(`
On a short form, an error message is hard to miss. The whole form fits on the screen, so a red line of text under a field is right
where the person is looking. On a long form, especially on a phone, the field with the problem may be three screens above the
submit button. The person presses “Continue”, nothing happens, and as far as they can tell the form is broken.

For screen reader users it is worse. If the message is only shown visually, nothing tells them that anything went wrong at all.
`);
const smH2 = 'Where The Message Goes';
const smP3 = paras(`
We ended up with two layers, and we now use them on every form with more than a handful of fields:
`);
const smList1 = [
  'An <strong>error summary</strong> at the top of the step, which receives focus when the step is submitted with errors. ' +
    'It lists each problem as a link to the field.',
  'An <strong>inline message</strong> directly above each field with a problem, connected to the input with <code>aria-describedby</code>.',
];
const smP4 = paras(`
Moving focus to the summary is the important part. It scrolls the summary into view for sighted users and makes screen readers
announce it, without the fragility of live regions that fire on every keystroke.
`);
const smNote = '<strong>Note</strong>: Put the inline message above the field, not below it. On a phone, the keyboard covers whatever sits below the input.';
const smH3 = 'What The Message Says';
const smP5 = paras(`
Our original message on the bank step was “Invalid input.” It told people that something was wrong, but not what, or what to do
about it. We rewrote every message on the form to follow the same pattern: say what happened, then say how to fix it, in the words
the person would use.

So “Invalid input” became “Enter a sort code that is 6 digits, like 30 94 57”. “Date out of range” became “The date of the damage
must be today or in the past”. None of these are clever. They are just specific.
`);
const smH4 = 'Testing With Real People';
const smP6 = paras(`
Automated checkers caught some of our problems, such as inputs without labels, but none of the ones that mattered most. We ran
sessions with nine people, including three screen reader users and two people who use voice control. We asked each of them to fill
in a claim with a few deliberate mistakes in the details we gave them.

Every session taught us something. One participant using voice control could not reach the links in the summary because they were
labelled only with the field names, which did not match what was visible on the screen. Another found the summary confusing when it
appeared on a step where she had only made one mistake. We now write “There is a problem” instead of a count when there is one error.
`);
const smH5 = 'Wrapping Up';
const smP7 = paras(`
After the changes, completion of the bank details step went from 71% to 93%, and calls to the claims line about “the form not
working” almost disappeared. None of it needed new technology. It needed the message to be where people were looking, and to say
something useful when they found it.
`);
const smFurther = [
  'A Complete Guide To Accessible Front-End Components',
  'Form Validation Patterns That Do Not Punish People',
  'How To Write Better Labels, Hints And Error Messages',
];
const smNav = ['Articles', 'Books', 'Events', 'Jobs', 'Membership', 'Newsletter'];
const smTags = ['Accessibility', 'Forms', 'UX'];
const smBio =
  'Lorenzo Baptiste is a service designer who has spent ten years making forms less painful, mostly for insurers, councils and ' +
  'charities. He lives in Corrin with two children and far too many notebooks.';
const smTopics = ['Accessibility', 'Best practices', 'Business', 'Career', 'Checklists', 'CSS', 'Data Visualization', 'Design', 'Design Patterns'];
const smFoot = ['About Smashing', 'Contact Us', 'Write for Smashing', 'Advertise', 'Privacy Policy', 'Imprint', 'Membership'];
const slug = (h: string): string => h.toLowerCase().replace(/[^a-z]+/g, '-');
const smH = (h: string): string => `<h2 id="${slug(h)}">${h}</h2>`;
const smHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${smTitle} — Smashing Magazine</title>
<meta name="description" content="${smSummary}"><meta property="og:type" content="article"><meta property="og:site_name" content="Smashing Magazine">
<meta property="og:title" content="${smTitle} — Smashing Magazine"><meta name="author" content="Lorenzo Baptiste">
<meta property="article:published_time" content="2024-03-11T10:00:00+00:00"><link rel="canonical"
href="https://www.smashingmagazine.com/2024/03/accessible-error-messages-long-forms/">
<script
type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${smTitle}","author":{"@type":"Person","name":"Lorenzo Baptiste"},
"datePublished":"2024-03-11T10:00:00+00:00","publisher":{"@type":"Organization","name":"Smashing Magazine"}}</script>
<link rel="stylesheet" href="/css/main.a3c91f.css"><script defer src="/js/main.e7b210.js"></script></head>
<body class="article-page"><a href="#main" class="skip-link">Skip to main content</a>
<header class="header" role="banner"><div class="header__inner"><a href="/" class="logo" aria-label="Smashing Magazine home"><svg class="logo__svg"
aria-hidden="true">
<use xlink:href="#logo"></use></svg></a><nav class="main-nav" aria-label="Main navigation"><ul
class="main-nav__list">${links(smNav, 'main-nav__item')}</ul></nav>
<a href="/search/" class="header__search" aria-label="Search"><svg aria-hidden="true"><use xlink:href="#search"></use></svg></a></div></header>
<main id="main" class="main" role="main"><article class="article" itemscope itemtype="https://schema.org/Article"><header class="article-header">
<div class="article-header__meta"><ul class="article__authors"><li class="article__author"><img class="author-avatar" src="/images/authors/lbaptiste.jpg"
alt="" width="60" height="60"><a href="/author/lorenzo-baptiste/" class="author-post__author-title" rel="author">Lorenzo Baptiste</a></li></ul>
<div class="article-header--date"><time datetime="2024-03-11T10:00:00+00:00" class="article__date">Mar 11, 2024</time></div>
<div class="meta-box meta-box--tags"><ul class="tags">${smTags
  .map(
    (t) => `<li class="meta-box--tag"><a
href="/category/${t.toLowerCase()}">${t}</a></li>`,
  )
  .join('\n')}</ul>
</div><div class="article-header--reading-time"><span class="js-reading-time">11 min read</span></div>
<div class="meta-box meta-box--share"><span class="share__label">Share on</span> <a class="share__link"
href="https://x.example/intent/tweet?url=sm">Twitter</a>,
<a class="share__link" href="https://linkedin.example/shareArticle?url=sm">LinkedIn</a></div></div>
<h1 class="article-header--title" itemprop="headline">${smTitle}</h1>
<section class="article__summary"><p><span class="article__summary-label">Quick summary ↬</span> ${smSummary}</p></section></header>
<div class="article__content"><aside class="article__toc js-toc"><h2 class="toc__title">Table of Contents</h2><ol class="toc__list">
${[smH1, smH2, smH3, smH4, smH5].map((h) => `<li><a href="#${slug(h)}">${h}</a></li>`).join('\n')}</ol></aside>
<div class="c-garfield-the-cat" itemprop="articleBody">
${ps(smP1)}
<div data-audience="non-subscriber" data-remove="true" class="feature-panel-container"><aside class="feature-panel"><div class="feature-panel-left-col">
<div class="feature-panel-description"><p>Meet <strong><a data-instant href="/printed-books/form-design-field-guide/">Form Design Field Guide</a></strong>, our
practical book on forms that people can actually finish.</p><a data-instant href="/printed-books/form-design-field-guide/#toc"
class="btn btn--green btn--large">
Jump to table of contents ↬</a></div></div><div class="feature-panel-right-col"><img src="/images/books/form-guide.png" alt="Form Design Field Guide"
width="257" height="355"></div></aside></div>
${smH(smH1)}
${ps(smP2)}
<div class="sponsors__lead"><div class="sponsors__lead-place" data-ad-slot="article-inline"><p
class="sponsors__label">More after jump! Continue reading below ↓</p>
</div></div>
${smH(smH2)}
${ps(smP3)}
<ol>${smList1.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ps(smP4)}
<blockquote class="pull-quote"><p>${smNote}</p></blockquote>
${smH(smH3)}
${ps(smP5)}
${smH(smH4)}
${ps(smP6)}
${smH(smH5)}
${ps(smP7)}
<h3 id="further-reading-on-smashingmag">Further Reading On SmashingMag</h3><ul>${links(smFurther)}</ul>
<div class="signature"><img src="/images/logo/logo--red.png" alt="Smashing Editorial" width="35" height="46" loading="lazy"><span>(gg, yk)</span></div>
</div></div>
<div class="author-bio" id="author-bio"><div class="author-bio__wrapper"><img class="author-bio__avatar" src="/images/authors/lbaptiste.jpg" alt="">
<h2 class="author-bio__heading">About The Author</h2><p>${smBio}</p><a href="/author/lorenzo-baptiste/"
class="author-bio__link">More about Lorenzo ↬</a></div></div>
</article>
<section class="newsletter-panel" aria-labelledby="newsletter-title"><h2 id="newsletter-title" class="newsletter-panel__title">Email Newsletter</h2>
<p class="newsletter-panel__text">Weekly tips on front-end &amp; UX. Trusted by 200,000+ folks.</p><form class="newsletter-form" action="/subscribe/"
method="post">
<label for="nl-email" class="visually-hidden">Your (smashing) email</label><input id="nl-email" type="email" placeholder="Your (smashing) email">
<button class="btn btn--red" type="submit">Subscribe →</button></form></section>
<section class="topics"><h2 class="topics__title">Browse All Smashing Magazine Topics</h2><ul class="topics__list">${links(smTopics)}</ul></section></main>
<footer class="footer" role="contentinfo"><ul class="footer__links">${links(smFoot)}</ul><p class="footer__copy">© 2006–2024 Smashing Media AG</p></footer>
</body></html>`;
const smashingPost: TestPage = {
  html: smHtml,
  name: 'heldout121-smashing-magazine-blog',
  kind: 'blog',
  // the "Quick summary" text is the article's dek: body (its "Quick summary ↬" label is furniture); the note box is the
  // author's: body; the feature panel, the ad slot label, "Further Reading On SmashingMag" and its links, the signature and
  // the author bio are furniture though they sit inside the article; the table of contents repeats the headings (left out)
  title: smTitle,
  headings: [smH1, smH2, smH3, smH4, smH5],
  body: texts([smSummary, ...smP1, ...smP2, ...smP3, ...smList1, ...smP4, smNote, ...smP5, ...smP6, ...smP7]),
  bylines: ['Lorenzo Baptiste', 'Mar 11, 2024', '11 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', ...smNav, ...smTags.slice(1), 'Share on', 'Twitter', 'LinkedIn', 'Quick summary ↬', 'Table of Contents',
    'Meet Form Design Field Guide, our practical book on forms that people can actually finish.', 'Jump to table of contents ↬',
    'More after jump! Continue reading below ↓', 'Further Reading On SmashingMag', ...smFurther, '(gg, yk)', 'About The Author', smBio,
    'More about Lorenzo ↬',
    'Email Newsletter', 'Weekly tips on front-end & UX. Trusted by 200,000+ folks.', 'Your (smashing) email', 'Subscribe →',
    'Browse All Smashing Magazine Topics', ...smTopics, ...smFoot, '© 2006–2024 Smashing Media AG',
  ])],
};

export const HELDOUT121_D: readonly TestPage[] = [smashingPost, cssTricksPost];
