import { links, type TestPage, texts } from './page-kit.js';
import { bandcampPage } from './pages-heldout185-e2.js';

/**
 * Held-out batch 185, file e: a Paris Review interview page shown to a non-subscriber (the header with its nav, "Subscribe"
 * and "Donate", the interview header with h1, "Interviewed by" line and the issue link, the italic introduction, the first
 * exchanges with INTERVIEWER and speaker labels as their own paragraphs, the subscription wall that cuts the interview off,
 * the issue sidebar with "Buy this issue", "More from this issue", the newsletter box and the footer) and, from file e2, a
 * Bandcamp Daily feature.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const prTitle = 'Agnes Thorvald, The Art of Fiction No. 271';
const intro = paras(`
<em>Agnes Thorvald lives at the end of a gravel road on the western shore of Lake Superior, in a clapboard house her grandfather
built from the timbers of a demolished grain elevator. The kitchen, where we conducted most of these conversations over three
days in the autumn of 2024, looks out over a dock and a stretch of gray water that changes color, she told me, “about forty times
a day, if you are paying attention, which I usually am not.”</em>

<em>Thorvald is the author of six novels, beginning with</em> The Weigh Station <em>(1983) and most recently</em> Fathom
<em>(2023), and of two collections of stories. She writes in longhand, in ledgers she buys in bulk from an office supply company
in Duluth, and she types each draft herself on an electric typewriter that she keeps under a dust cover when it is not in use.</em>
`);
const qa = paras(`
<strong>INTERVIEWER</strong>

You have said that you do not think of yourself as a writer about place, which surprises many of your readers.

<strong>THORVALD</strong>

I know. People tell me that the lake is a character in my books, and I always want to say, no, the lake is the lake. It does
not want anything. My characters want things, and that is the difference. I write about people who happen to live near a great
deal of cold water, and the water makes certain things harder and certain things easier, but it is not doing anything on
purpose.

<strong>INTERVIEWER</strong>

How do you begin a novel?

<strong>THORVALD</strong>

Usually with a sentence I cannot get rid of. <i>The Weigh Station</i> began with a line about a truck driver who weighed his
own heart every morning on the scale at the depot, which I never used. I carried it around for almost a year. By the time I let
it go, there were three hundred pages behind it.

<strong>INTERVIEWER</strong>

Do you plan the shape of a book before you write it?

<strong>THORVALD</strong>

Never on paper. I have a feeling about its length, the way you have a feeling about how long a walk will take. Sometimes I am
wrong. <i>Fathom</i> was supposed to be short, a novella, and it took me seven years. I kept thinking I was nearly at the end,
and then another person would walk into the kitchen of the book and sit down.
`);
const wall = 'You have reached the end of this preview. To read the full interview, subscribe to The Paris Review or log in.';
const nav = ['Current Issue', 'The Daily', 'Interviews', 'Archive', 'Podcast', 'Prizes', 'Store', 'Events'];
const issue = ['Issue 250, Fall 2024', 'Buy this issue', 'More from this issue'];
const more = ['Two Poems by Halvard Ness', 'The Lantern Keepers, a story by Ines Mariño', 'Kiln, a portfolio by Teo Astrand'];
const news = ['Sign up for our newsletter', 'The Paris Review in your inbox, once a week.', 'Email Address', 'Sign Up'];
const foot = ['About', 'Masthead', 'Submissions', 'Support', 'Advertise', 'Contact', 'Privacy Policy', 'Terms of Use'];
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>The Paris Review - Agnes Thorvald, The Art of Fiction No. 271</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Agnes Thorvald, The Art of Fiction No. 271">
<meta property="og:title" content="${prTitle}"><meta property="og:site_name" content="The Paris Review"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.theparisreview.example/interviews/8021/the-art-of-fiction-no-271-agnes-thorvald">
<link rel="stylesheet" href="/il/css/parisreview.min.css?ver=4.12">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${prTitle}","author":{"@type":"Person",
"name":"Leah Moravec"},"isPartOf":{"@type":"PublicationIssue","issueNumber":"250"},"isAccessibleForFree":"False"}</script>
<script>window.prPaywall = {"status":"anonymous","preview":true};</script></head>
<body class="interview interview-single"><div class="site-wrapper"><header class="header"><div class="header__top">
<a class="header__logo" href="/"><img src="/il/img/logo.svg" alt="The Paris Review"></a><div class="header__actions">
<a class="btn btn--subscribe" href="/subscribe">Subscribe</a><a class="btn btn--donate" href="/support">Donate</a>
<a class="header__login" href="/login">Log In</a><button class="header__search" aria-label="Search"><svg></svg></button></div></div>
<nav class="header__nav" aria-label="Main"><ul>${links(nav, 'header__nav-item')}</ul></nav></header>
<main class="main main--interview"><div class="container"><div class="row"><article class="col-md-8 interview-body">
<header class="interview-header"><p class="interview-header__series"><a href="/interviews/fiction">Interviews</a></p>
<h1 class="interview-header__title">${prTitle}</h1>
<p class="interview-header__byline">Interviewed by <a href="/interviews/by/leah-moravec">Leah Moravec</a></p>
<p class="interview-header__issue"><a href="/issue/250">${issue[0]}</a></p></header>
<figure class="interview-portrait"><img src="/il/uploads/2024/09/thorvald.jpg" alt=""><figcaption>Agnes Thorvald,
2024. Photograph by Silas Brandt.</figcaption></figure>
<div class="interview-text">
${intro.map((p) => `<p>${p}</p>`).join('\n')}
<p class="dinkus">*</p>
${qa.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div class="paywall paywall--preview" data-paywall="interview"><div class="paywall__fade" aria-hidden="true"></div>
<p class="paywall__text">${wall}</p><a class="btn btn--subscribe" href="/subscribe?src=interview">Subscribe Now</a>
<p class="paywall__login">Already a subscriber? <a href="/login">Log In</a></p></div></article>
<aside class="col-md-4 sidebar"><div class="sidebar-issue"><img src="/il/uploads/issues/250.jpg" alt="">
<p class="sidebar-issue__title">${issue[0]}</p><a class="btn" href="/store/issue/250">${issue[1]}</a></div>
<section class="sidebar-more"><h3>${issue[2]}</h3><ul>${links(more)}</ul></section></aside></div></div></main>
<section class="newsletter"><h2>${news[0]}</h2><p>${news[1]}</p><form><label for="pr-email">${news[2]}</label><input id="pr-email" type="email">
<button type="submit">${news[3]}</button></form></section>
<footer class="footer"><ul class="footer__links">${links(foot)}</ul><p class="footer__copyright">© 2025 The Paris Review</p></footer></div>
<script src="/il/js/parisreview.min.js?ver=4.12"></script></body></html>`;
const parisReview: TestPage = {
  html,
  name: 'heldout185-parisreview-interview',
  kind: 'blog',
  // the italic introduction and the exchanges are body, the INTERVIEWER and THORVALD speaker lines included (paragraphs of
  // their own in the interview text); the "*" dinkus is in neither list; the paywall box is furniture; the issue line is a byline
  title: prTitle,
  headings: [],
  body: [...texts(intro), ...texts(qa)],
  bylines: ['Interviewed by Leah Moravec', issue[0]!],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Donate', 'Log In', ...nav, 'Agnes Thorvald, 2024. Photograph by Silas Brandt.', wall, 'Subscribe Now', 'Already a subscriber? Log In',
    issue[1]!, issue[2]!, ...more, ...news, ...foot, '© 2025 The Paris Review',
  ],
};

export const HELDOUT185_E: readonly TestPage[] = [parisReview, bandcampPage];
