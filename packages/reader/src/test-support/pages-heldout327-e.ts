import { links, ps, type TestPage, texts } from './page-kit.js';
import { phrasebook } from './pages-heldout327-e2.js';
import { j } from './pages-heldout327-kit.js';

/**
 * Held-out batch 327, file e: a language-learning app's magazine article on Gatsby (the `___gatsby` root and
 * `gatsby-focus-wrapper`, styled-components class names; a header with a "Start now" button, the category eyebrow, byline with
 * date and reading time, a "Listen to this article" audio player, phrase items with play buttons, an inline app promo, an author
 * box, "You might also like", a newsletter form, the consent layer and the footer) and, from file e2, a travel site's phrasebook
 * page on WordPress with GeneratePress.
 */
const mTitle = 'How to order coffee in Lisbon without sounding like a textbook';
const mIntro = [
  j(
    'Your textbook taught you <i>Queria um café, por favor</i>. It is perfectly correct, and in Lisbon it will get you exactly what you',
    'asked for: a small, strong espresso. But if you listen at the counter of any neighbourhood pastelaria, you will hear something',
    'much shorter.',
  ),
  'Here is how coffee is actually ordered in Lisbon, and a few phrases to practise before your first morning there.',
];
const mS1 = [
  j(
    'In Lisbon an espresso is usually called <i>uma bica</i>. Nobody is quite sure where the word comes from, and every café owner',
    'will tell you a different story. What matters is that it is the shortest way to order, and it marks you as someone who has',
    'been paying attention.',
  ),
];
const mPhrases = [
  'Uma bica, se faz favor. – An espresso, please.',
  'Um galão. – A tall milky coffee, served in a glass.',
  'Um garoto. – A small coffee with a little milk.',
  'Um abatanado. – A longer black coffee, closer to an americano.',
];
const mS2 = [
  j(
    'Notice the <i>se faz favor</i>. In Lisbon it is the everyday way to say please at a counter, and you will hear it far more than',
    '<i>por favor</i>. Both are fine, but the longer one sounds friendlier to local ears.',
  ),
  j(
    "You usually order and drink standing at the counter, and pay afterwards. When you are ready, catch the server's eye and say",
    '<i>A conta, se faz favor</i>, or simply <i>Quanto é?</i> (How much is it?).',
  ),
];
const mS3 = [
  j(
    'Learners often translate "I want" directly as <i>eu quero</i>. It is not rude, but it can sound blunt from a stranger. The',
    'imperfect <i>queria</i> softens the request, in the same way that "I was wondering if" does in English.',
  ),
  j(
    'The other common slip is to ask for <i>um café com leite</i> and expect a latte. You may get one, but in many places you will',
    'receive an espresso with a splash of cold milk. If you want the big, warm version, ask for a <i>galão</i>.',
  ),
];
const mRel = [
  'Ten Portuguese words that have no English equivalent',
  'European or Brazilian Portuguese: which should you learn?',
  'The secret life of the Portuguese nasal vowels',
];
const mNav = ['Learning tips', 'Culture', 'Travel', 'Grammar', 'For business'];
const mFoot = ['About us', 'Careers', 'Press', 'Imprint', 'Privacy', 'Terms and conditions'];
const playBtn =
  '<button class="sc-7fa2c1-2 iLkJtS" aria-label="Play pronunciation" type="button"><svg width="16" height="16" viewBox="0 0 16 16"></svg></button>';
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.13.7"/>
<title data-gatsby-head="true">${mTitle} | Lingvana Magazine</title><meta name="description" content="Bica, galão or garoto: ordering coffee like a local."
data-gatsby-head="true"/><link rel="canonical" href="https://www.lingvana.example/en/magazine/order-coffee-lisbon" data-gatsby-head="true"/>
<style data-styled="active" data-styled-version="6.1.11">.kLmNoP{max-width:720px;margin:0 auto;}.iLkJtS{border:0;background:none;}</style>
<script type="application/ld+json" data-gatsby-head="true">{"@context":"https://schema.org","@type":"Article","headline":"${mTitle}",
"author":{"@type":"Person","name":"Beatriz Valadares"},"datePublished":"2026-02-18","publisher":{"@type":"Organization","name":"Lingvana"}}</script></head>
<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<header class="sc-1b3e9f-0 hXyQwe"><a href="/en/magazine/" class="sc-1b3e9f-1 dRtPzA" aria-label="Lingvana Magazine"><svg width="140" height="28"></svg></a>
<nav class="sc-1b3e9f-2 fGhJkL"><ul>${links(mNav, 'sc-1b3e9f-3 mNbVcX')}</ul></nav><a href="https://my.lingvana.example/onboarding"
class="sc-1b3e9f-4 qWeRtY">Start
now</a></header>
<main class="sc-5d1a0e-0 kLmNoP"><article><div class="sc-5d1a0e-1 zXcVbN"><a href="/en/magazine/learning-tips" class="sc-5d1a0e-2 aSdFgH">Learning tips</a>
<h1 class="sc-5d1a0e-3 pOiUyT">${mTitle}</h1>
<div class="sc-5d1a0e-4 lKjHgF"><span class="sc-5d1a0e-5 mNbVcA">Beatriz Valadares</span><span class="sc-5d1a0e-6 qAzWsX">February 18, 2026</span><span
class="sc-5d1a0e-7 eDcRfV">5 min read</span></div></div>
<div class="sc-9e4b7d-0 AudioPlayer__Wrapper"><span class="sc-9e4b7d-1 tGbYhN">Listen to this article</span><button class="sc-9e4b7d-2 uJmIkO" aria-label="Play"
type="button"><svg width="24" height="24"></svg></button><audio preload="none" src="https://audio.lingvana.example/magazine/order-coffee-lisbon.mp3"></audio>
<div class="sc-9e4b7d-3 pLkOjI" role="progressbar" aria-valuemin="0" aria-valuemax="312" aria-valuenow="0"></div><span class="sc-9e4b7d-4 wSxEdC">0:00 /
5:12</span><button class="sc-9e4b7d-5 rFvTgB" type="button">1x</button></div>
<figure class="sc-3c8d2a-0 yHnUjM"><div data-gatsby-image-wrapper="" class="gatsby-image-wrapper gatsby-image-wrapper-constrained"><img
data-main-image="" style="opacity:0" sizes="(min-width: 1200px) 1200px, 100vw" decoding="async" loading="lazy" alt="Two cups of coffee on a marble counter"
src="/static/8c2e1f0a/7b1d3/coffee-counter.jpg"/></div><figcaption class="sc-3c8d2a-1 iKmJuN">A bica and a galão at a pastelaria counter in Alfama. Photo:
Lingvana / Rui Camacho</figcaption></figure>
<div class="sc-8a0f3b-0 RichText__Body">
${ps(mIntro)}
<h2>Ask for a bica</h2>
${ps(mS1)}
<h3>Four orders to practise</h3>
<ul class="sc-8a0f3b-1 PhraseList">${mPhrases.map((p) => `<li>${playBtn}<span>${p}</span></li>`).join('\n')}</ul>
<div class="sc-b2f4e1-0 InlinePromo"><p class="sc-b2f4e1-1 oPlMnB">Want to sound this natural in every conversation?</p><a class="sc-b2f4e1-2 kIjUhY"
href="https://my.lingvana.example/onboarding?lang=por">Try your first Portuguese lesson free</a></div>
<h2>Please and paying</h2>
${ps(mS2)}
<h2>Two mistakes to avoid</h2>
${ps(mS3)}
</div>
<aside class="sc-6e1f0c-0 AuthorBox"><img src="/static/authors/bvaladares.jpg" alt=""/><div><p class="sc-6e1f0c-1 hGtFrD">About the author</p><p
class="sc-6e1f0c-2 sWqAzX">Beatriz grew up above a café in Setúbal and now teaches Portuguese to adults in Hamburg. She writes about everyday language and the
words that textbooks leave out.</p></div></aside></article>
<section class="sc-0c7d1e-0 RelatedArticles"><h2 class="sc-0c7d1e-1 bGtHyN">You might also like</h2><ul>${links(mRel, 'sc-0c7d1e-2 cVfRdE')}</ul></section>
<section class="sc-4f9a2b-0 Newsletter"><h2>Language tips, every Thursday</h2><form><input type="email" placeholder="Your email address"
aria-label="Email"/><button
type="submit">Sign me up</button></form><p class="sc-4f9a2b-1 small">You can unsubscribe at any time. See our privacy policy.</p></section></main>
<footer class="sc-2a7e5c-0 vBnMjK"><ul>${links(mFoot)}</ul><p>© 2026 Lingvana GmbH</p></footer>
<div class="sc-c1d0e2-0 ConsentLayer" role="dialog" aria-modal="true"><h2>We value your privacy</h2><p>We and our partners use cookies to personalise content
and measure how our magazine is read.</p><button type="button">Accept all</button><button type="button">Only essential</button><button
type="button">Settings</button></div>
</div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;clip:rect(0, 0, 0, 0)" aria-live="assertive"
aria-atomic="true"></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/en/magazine/order-coffee-lisbon/";
window.___webpackCompilationHash="a81c3b0f2e";/*]]>*/</script>
<script src="/app-4f2c1d0e.js" async></script></body></html>`;
const magazine: TestPage = {
  name: 'heldout327-gatsby-magazine-audio-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: ['Ask for a bica', 'Four orders to practise', 'Please and paying', 'Two mistakes to avoid'],
  body: texts([...mIntro, ...mS1, ...mPhrases, ...mS2, ...mS3]),
  bylines: ['Beatriz Valadares', 'February 18, 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mNav, 'Start now', 'Listen to this article', '0:00 / 5:12', 'A bica and a galão at a pastelaria counter in Alfama. Photo: Lingvana / Rui Camacho',
    'Want to sound this natural in every conversation?', 'Try your first Portuguese lesson free', 'About the author',
    j(
      'Beatriz grew up above a café in Setúbal and now teaches Portuguese to adults in Hamburg. She writes about everyday language and the words that',
      'textbooks leave out.',
    ),
    'You might also like', ...mRel, 'Language tips, every Thursday', 'Sign me up', 'You can unsubscribe at any time. See our privacy policy.', ...mFoot,
    '© 2026 Lingvana GmbH', 'We value your privacy', 'We and our partners use cookies to personalise content and measure how our magazine is read.',
    'Accept all', 'Only essential', 'Settings',
  ],
};

export const HELDOUT327_E: readonly TestPage[] = [magazine, phrasebook];
