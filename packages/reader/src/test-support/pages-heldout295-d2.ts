import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout295-kit.js';

/**
 * Held-out batch 295, file d2: a mental-health app's blog post on Webflow (`w-nav` navbar with the download button, a CMS
 * collection template with category pill, reading time and author, a "Key takeaways" box, a `w-richtext` body with a blockquote,
 * an app download CTA embed, the crisis-support note, "Keep reading" collection list, the newsletter form with Webflow's
 * done / fail messages and the footer).
 */
const mTitle = 'How to Stop a Worry Spiral at 2 a.m.';
const mHeads = ['Why worries feel bigger at night', 'Try a "worry window" during the day', 'What to do when you wake up', 'Be patient with yourself'];
const mKey = [
  'Night-time worry is common and is not a sign that something is wrong with you.',
  'Setting aside time for worry during the day can make it quieter at night.',
  'Getting up for a short, calm activity works better than lying awake and trying harder to sleep.',
];
const mIntro = [
  j(
    'You wake in the dark, glance at the clock, and within a minute your mind is running through an awkward conversation, an unpaid',
    'bill and a vague ache you have decided is serious. By 3 a.m. you are wide awake and more anxious than when the day ended.',
  ),
  'If that sounds familiar, you are in good company. Here is why it happens, and a few techniques our coaches teach in the app.',
];
const mWhy = [
  j(
    'At night there is nothing to distract you, and you are too tired to reason well. The parts of the brain that help us put worries',
    'in perspective are less active when we are drowsy, while the alarm system is just as alert as ever. The same problem that would',
    'seem manageable over breakfast can feel overwhelming at 2 a.m.',
  ),
];
const mWindow = [
  j(
    'It sounds odd, but booking a regular 15-minute slot to worry, in the early evening, can stop worries from spilling into the night.',
    'Write down everything on your mind, then for each item note one small next step, or "nothing I can do today".',
  ),
  'When a worry turns up outside the window, tell yourself it has a slot tomorrow and jot it down so you do not have to hold onto it.',
];
const mQuote = ['"The aim is not to stop thoughts. It is to change how much attention you give them at the wrong time of day."'];
const mWake = ['If you are awake and churning after about 20 minutes, try this instead of clock-watching:'];
const mWakeList = [
  'Get up and go to another dimly lit room.',
  'Breathe in for four counts and out for six, for a few minutes.',
  'Do something calm and slightly boring, like folding laundry or reading a familiar book.',
  'Go back to bed only when you feel sleepy again.',
];
const mPatient = [
  j(
    'These techniques take a couple of weeks to make a difference, and some nights will still be rough. If worry is affecting your',
    'days as well as your nights, or you have felt low for more than two weeks, talk to your doctor. Talking therapies for anxiety',
    'and insomnia work well, and you do not need to wait until things are at their worst.',
  ),
];
const mNav = ['How it works', 'For Teams', 'Science', 'Blog', 'Log in'];
const mMore = ['Five-minute breathing exercises for busy days', 'What is cognitive behavioural therapy?', 'Sunday scaries: why they happen'];
const mFoot = ['About us', 'Careers', 'Clinical advisory board', 'Help centre', 'Privacy', 'Terms'];
const mHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<html data-wf-domain="www.calmtide.example" data-wf-page="65a1f0c2b7e4d30012ab44f1" data-wf-site="65a1f0c2b7e4d30012ab4400" data-wf-collection="65a1f0">
<head><meta charset="utf-8"><title>${mTitle} | Calmtide Blog</title><meta content="Techniques for night-time worry and anxiety." name="description">
<meta content="${mTitle}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<link href="https://cdn.prod.website-files.example/65a1f0/css/calmtide.webflow.css" rel="stylesheet" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${mTitle}","author":{"@type":"Person",
"name":"Priya Castellano"},"datePublished":"2026-05-19"}</script>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script></head>
<body><div data-animation="default" data-collapse="medium" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" class="brand w-nav-brand"><div class="brand-text">Calmtide</div></a><nav role="navigation" class="nav-menu w-nav-menu">
${mNav.map((t) => `<a href="/${t.length}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/download" class="button nav-button w-button">Get the app</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section blog-post-header"><div class="container w-container"><a href="/blog/category/sleep" class="category-pill w-inline-block">
<div>Sleep</div></a><h1 class="blog-post-title">${mTitle}</h1><div class="post-meta"><div class="post-author">Priya Castellano, Lead CBT Coach</div>
<div class="post-date">May 19, 2026</div><div class="post-read-time">6 min read</div></div>
<img src="https://cdn.prod.website-files.example/65a1f0/night-window.webp" loading="lazy" alt="" class="blog-hero-image"></div></div>
<div class="section blog-post-body"><div class="container narrow w-container"><div class="key-takeaways"><div class="takeaways-label">Key takeaways</div>
<div class="w-richtext"><ul role="list">${lis(mKey)}</ul></div></div>
<div class="rich-text-block w-richtext">${ps(mIntro)}<h2>${mHeads[0]}</h2>${ps(mWhy)}<h2>${mHeads[1]}</h2>${ps(mWindow)}
<blockquote>${mQuote[0]}</blockquote><h2>${mHeads[2]}</h2>${ps(mWake)}<ul role="list">${lis(mWakeList)}</ul><h2>${mHeads[3]}</h2>${ps(mPatient)}
</div><div class="w-embed"><div class="app-cta"><h3 class="cta-heading">Sleep better with Calmtide</h3><p class="cta-text">Guided wind-downs and
worry journaling, free for 7 days.</p><a href="/download" class="button w-button">Start free trial</a></div></div>
<div class="crisis-note"><p>Calmtide is not a crisis service. If you are in danger or thinking about harming yourself, call your local emergency
number or a crisis line now.</p></div></div></div>
<div class="section related-posts"><div class="container w-container"><h2 class="section-heading">Keep reading</h2>
<div class="w-dyn-list"><div role="list" class="collection-list w-dyn-items">${mMore
  .map((t) => `<div role="listitem" class="w-dyn-item"><a href="#" class="related-card w-inline-block"><h3 class="related-title">${t}</h3></a></div>`)
  .join('\n')}</div></div></div></div>
<div class="section newsletter"><div class="container w-container"><h2>Small steps, every Sunday</h2><div class="w-form"><form id="email-form"
name="email-form" data-name="Email Form" method="get"><input class="text-field w-input" maxlength="256" name="email" placeholder="Your email"
type="email"><input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Subscribe"></form>
<div class="w-form-done"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></div>
<footer class="footer"><div class="container w-container"><div class="footer-links">${links(mFoot, 'footer-link')}</div>
<div class="footer-copy">© 2026 Calmtide Health Ltd. Calmtide is a wellbeing app and does not replace professional care.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65a1f0/js/webflow.js" type="text/javascript"></script></body></html>`;
export const mindApp: TestPage = {
  name: 'heldout295-webflow-mental-health-app-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([...mKey, ...mIntro, ...mWhy, ...mWindow, ...mQuote, ...mWake, ...mWakeList, ...mPatient]),
  bylines: ['Priya Castellano, Lead CBT Coach', 'May 19, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Calmtide', ...mNav, 'Get the app', 'Sleep', '6 min read', 'Key takeaways', 'Sleep better with Calmtide',
    'Guided wind-downs and worry journaling, free for 7 days.', 'Start free trial',
    'Calmtide is not a crisis service. If you are in danger or thinking about harming yourself, call your local emergency number or a crisis line now.',
    'Keep reading', ...mMore, 'Small steps, every Sunday', 'Thank you! Your submission has been received!',
    'Oops! Something went wrong while submitting the form.', ...mFoot,
    '© 2026 Calmtide Health Ltd. Calmtide is a wellbeing app and does not replace professional care.',
  ],
};
