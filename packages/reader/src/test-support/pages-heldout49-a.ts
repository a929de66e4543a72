import { links, type TestPage, texts } from './page-kit.js';
import { redditComment } from './pages-heldout49-a2.js';

/**
 * Held-out batch 49, file a: a Quora answer permalink, saved logged out (the Quora header with its search box and
 * "Sign In", the question as a bold line, the answerer's name with "Follow", credential and "Updated" date, the
 * "Upvoted by" line, the answer with a list, view and upvote counts, the action bar, the collapsed comments, a
 * sponsored card, a related answer preview from another question, the "Related questions" rail, the sign-up wall and
 * the rail footer; the QAPage JSON-LD and the frontend globals script in the head).
 */
const qaTitle = 'Why do old stone bridges often outlast modern concrete ones?';
const qaAnswer1 = [
  'Mostly because of how they carry load, not because the old builders knew something we have forgotten.',
  'A masonry arch works almost entirely in compression. The stones push against each other, and the shape of the arch sends ' +
    'the weight of the bridge and everything on it down and outwards into the abutments. Stone is very good at being squeezed. ' +
    'It is poor at being bent or pulled, but a well-shaped arch hardly asks it to do either.',
  'A typical modern beam or slab bridge is different. The deck bends under traffic, so the bottom of each beam is in tension, ' +
    'and the concrete there relies on steel bars to hold it together. That steel is where the trouble starts. Water gets in ' +
    'through hairline cracks, carries road salt with it, and the bars begin to rust. Rust takes up several times the volume of ' +
    'the steel it replaces, so it splits the concrete from the inside.',
  'In twenty-three years of inspections I saw this over and over. A 1970s overpass with sound-looking concrete would show ' +
    'rust staining along one edge, and when we broke out a test patch the bars had lost a third of their section. A few ' +
    'kilometres away, a stone arch from the 1820s needed nothing more than repointing and some ivy cleared from the parapets.',
  'There is also a survivorship effect that people forget. We only see the old bridges that lasted. Plenty of masonry bridges ' +
    'were washed out, undermined by scour or demolished when roads were widened, and nobody writes articles about those.',
  'If you want a modern bridge to last as long, the recipe is well known:',
];
const qaList = [
  'keep water and salt away from the steel, with proper drainage and a waterproofing layer under the surfacing;',
  'use stainless or coated bars in the splash zones near the road;',
  'design for inspection, so that bearings and joints can be reached and replaced without closing the bridge.',
];
const qaAnswer2 = ['None of that is glamorous, which is probably why it is so often the first thing cut from the budget.'];
const qaCred = 'Former bridge inspector at Regional Roads Authority (1998–2021)';
const qaUpvoted = 'Priya Raman, M.S. Structural Engineering, Purdue University';
const qaRelatedQs = [
  'How long does a reinforced concrete bridge usually last?',
  'Why did the Romans not use reinforcement in their concrete?',
  'Is it true that modern concrete is weaker than Roman concrete?',
  'What is the oldest bridge still carrying road traffic?',
  'How often are highway bridges inspected?',
];
const qaRelPreview =
  'Design life for most highway bridges in the U.S. is now 75 years, up from 50, but design life is not the same as how long a bridge ' +
  'actually stands. Plenty of bridges built for 50 years are still in service at 80, and some…';
const qaFoot = ['About', 'Careers', 'Privacy', 'Terms', 'Contact', 'Languages', 'Your Ad Choices', 'Press', '© Quora, Inc. 2025'];
const para = (t: string): string =>
  `<p class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start" style="direction: ltr;"><span>${t}</span></p>`;
const qaHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${qaTitle} - Quora</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Answer (1 of 9): Mostly because of how they carry load, not because the old builders knew something we have forgotten.">
<meta property="og:title" content="${qaTitle}"><meta property="og:site_name" content="Quora">
<link rel="canonical" href="https://www.quora.com/Why-do-old-stone-bridges-often-outlast-modern-concrete-ones/answer/Tomasz-Wilk-7">
<style>.q-box{box-sizing:border-box}.qu-display--block{display:block}.qu-color--gray_light{color:#939598}.q-fixed{position:fixed}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${qaTitle}",
"answerCount":9,"suggestedAnswer":[{"@type":"Answer","author":{"@type":"Person","name":"Tomasz Wilk"},"dateCreated":"2023-04-11T08:02:19",
"upvoteCount":214,"url":"https://www.quora.com/Why-do-old-stone-bridges-often-outlast-modern-concrete-ones/answer/Tomasz-Wilk-7",
"text":"Mostly because of how they carry load, not because the old builders knew something we have forgotten. A masonry arch works..."}]}}</script>
<script>window.ansFrontendGlobals = window.ansFrontendGlobals || {}; window.ansFrontendGlobals.settings = {"isLoggedIn": false, "locale": "en",
"gtmId": "GTM-5K2L3B", "experiments": {"answer_page_related_rail": "treatment_2"}};</script>
</head>
<body class="unified_layout"><div id="root"><div class="q-box">
<div class="q-fixed qu-fullX qu-zIndex--header qu-bg--raised qu-borderBottom" style="top: 0px;"><div class="q-flex qu-alignItems--center">
<a class="q-box qu-display--block" href="https://www.quora.com/" aria-label="Quora home"><svg width="82" height="23" viewBox="0 0 82 23"></svg></a>
<div class="q-box qu-flex--auto"><div class="q-flex qu-alignItems--center qu-borderAll qu-borderRadius--small" role="search">
<input class="q-input qu-flex--auto" type="text" placeholder="Search for questions, people, and topics" value=""></div></div>
<button class="q-click-wrapper qu-active--textDecoration--none qu-borderRadius--pill" type="button"><div class="q-text">Sign In</div></button>
</div></div>
<div class="q-box qu-pt--huge"><div class="q-flex qu-justifyContent--center">
<div class="q-box qu-mr--medium" style="width: 640px;">
<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-px--medium qu-pt--medium">
<div class="q-box qu-mb--tiny puppeteer_test_question_title"><div class="q-text qu-dynamicFontSize--xlarge qu-fontWeight--bold qu-color--gray_dark_dim">
<span class="q-box qu-userSelect--text"><span style="background: none;">${qaTitle}</span></span></div></div>
<div class="q-flex qu-alignItems--center qu-mt--small">
<div class="q-box qu-mr--small"><img class="q-image qu-borderRadius--circle" src="https://qph.cf2.quoracdn.net/main-thumb-1188420573-50-tkqgcbsq.jpeg"
alt="Profile photo for Tomasz Wilk" width="36" height="36"></div>
<div class="q-box"><div class="q-flex qu-alignItems--center">
<span class="q-text qu-wordBreak--break-word"><a class="q-box Link___StyledBox-t2xg9c-0 dFkjrQ puppeteer_test_link qu-color--gray_dark qu-cursor--pointer"
href="https://www.quora.com/profile/Tomasz-Wilk-7"><div class="q-inlineFlex qu-alignItems--center"><span class="q-box">Tomasz Wilk</span></div></a></span>
<span class="q-text qu-color--gray_light"><span aria-hidden="true"> · </span></span>
<button class="q-click-wrapper qu-color--blue_dark" type="button"><div class="q-text">Follow</div></button></div>
<div class="q-text qu-dynamicFontSize--small qu-color--gray_light"><span class="q-box">${qaCred}</span><span aria-hidden="true"> · </span>
<a class="q-box answer_timestamp qu-cursor--pointer"
href="https://www.quora.com/Why-do-old-stone-bridges-often-outlast-modern-concrete-ones/answer/Tomasz-Wilk-7">Updated Sep 2</a>
</div></div></div>
<div class="q-text qu-dynamicFontSize--small qu-color--gray_light qu-mt--small"><span>Upvoted by</span>
<div class="q-box"><a class="q-box qu-color--gray_dark" href="https://www.quora.com/profile/Priya-Raman-22">${qaUpvoted.slice(
  0,
  11,
)}</a>${qaUpvoted.slice(11)}</div>
<span class="q-box">Author has 412 answers and 1.9M answer views</span></div>
<div class="q-box spacing_log_answer_content puppeteer_test_answer_content"><div class="q-relative spacing_log_answer_content">
<div class="q-text qu-wordBreak--break-word"><span class="q-box qu-userSelect--text">
${qaAnswer1.map(para).join('\n')}
<ul class="q-box qu-pl--medium">${qaList.map((t) => `<li class="q-relative qu-pl--medium"><span>${t}</span></li>`).join('\n')}</ul>
${qaAnswer2.map(para).join('\n')}
</span></div></div></div>
<div class="q-text qu-dynamicFontSize--small qu-color--gray_light qu-mt--small">18.3K views<span aria-hidden="true"> · </span>
<a class="q-box qu-cursor--pointer" href="#">View 214 upvotes</a><span aria-hidden="true"> · </span><a class="q-box qu-cursor--pointer" href="#">View 6
shares</a>
</div>
<div class="q-flex qu-justifyContent--space-between qu-alignItems--center qu-py--small">
<div class="q-flex qu-borderAll qu-borderRadius--pill" role="group"><button class="q-click-wrapper" aria-label="Upvote"><span class="q-text">Upvote</span>
<span aria-hidden="true"> · </span><span class="q-text">214</span></button><button class="q-click-wrapper" aria-label="Downvote"><svg width="24"
height="24"></svg></button></div>
<button class="q-click-wrapper" aria-label="Comment"><svg width="24" height="24"></svg><span class="q-text">12</span></button>
<button class="q-click-wrapper" aria-label="Share"><svg width="24" height="24"></svg><span class="q-text">6</span></button>
<button class="q-click-wrapper" aria-label="More"><svg width="24" height="24"></svg></button></div>
<div class="q-box qu-borderTop qu-py--small"><button class="q-click-wrapper qu-color--gray"><div class="q-text">View 12 comments</div></button></div>
</div>
<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-mt--small qu-p--medium dom_annotate_ad_image_ad">
<div class="q-text qu-dynamicFontSize--small qu-color--gray_light">Sponsored by Fernhill Software</div>
<div class="q-text qu-fontWeight--bold">Still tracking bridge inspections in spreadsheets?</div>
<div class="q-text">Fernhill turns field notes and photos into inspection reports your engineers can sign off in minutes.</div>
<a class="q-box qu-borderRadius--pill qu-bg--blue" href="https://ad.quora.com/click?id=88213">Learn More</a></div>
<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-mt--small qu-p--medium">
<div class="q-text qu-dynamicFontSize--small qu-color--gray_light">Related</div>
<div class="q-text qu-fontWeight--bold"><a href="https://www.quora.com/How-long-does-a-reinforced-concrete-bridge-usually-last">${qaRelatedQs[0]}</a></div>
<div class="q-flex qu-alignItems--center"><span class="q-text">Ana Ruiz</span><span aria-hidden="true"> · </span>
<span class="q-text qu-color--gray_light">Civil Engineer (PE), bridge design</span><span aria-hidden="true"> · </span><span class="q-text">4y</span></div>
<div class="q-text qu-truncateLines--5">${qaRelPreview}<span class="q-text qu-color--blue_dark"> (more)</span></div>
<button class="q-click-wrapper qu-color--blue_dark">Continue Reading</button></div>
</div>
<div class="q-box" style="width: 328px;"><div class="q-sticky" style="top: 68px;">
<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-p--medium"><div class="q-text qu-fontWeight--bold">Related questions</div>
<div class="q-text qu-color--gray_light">More answers below</div><ul class="q-box">${links(qaRelatedQs, 'q-box qu-py--small')}</ul></div>
<div class="q-box qu-mt--medium"><ul class="q-flex qu-flexWrap--wrap qu-dynamicFontSize--small qu-color--gray_light">${links(qaFoot)}</ul></div>
</div></div></div></div>
<div class="q-fixed qu-fullX qu-bottom--0 qu-bg--raised signup_wall_prevent_scroll" role="dialog" aria-label="Sign up">
<div class="q-text qu-dynamicFontSize--large qu-fontWeight--bold">A place to share knowledge and better understand the world</div>
<button class="q-click-wrapper qu-borderAll">Continue with Google</button><button class="q-click-wrapper qu-borderAll">Continue with Facebook</button>
<button class="q-click-wrapper">Sign up with email</button></div>
</div></div>
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-5K2L3B" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
</body></html>`;
const quoraAnswer: TestPage = {
  html: qaHtml,
  name: 'heldout49-quora-answer',
  kind: 'forum',
  // the question is the title (it stands in a bold div, not a heading element); the answer, its lead-in line before the list
  // and the list items are body (a Q&A answer is body); the answer has no section headings. "Tomasz Wilk" and "Updated Sep 2"
  // are the bylines (poster's name and post time); the credential line, "Upvoted by" with the upvoter and the author's answer
  // count are furniture (user titles and counts), as are "Follow", the view, upvote and share counts, the action bar, "View 12
  // comments" (the comments are not loaded on a logged-out save), the sponsored card, the related answer preview from another
  // question with its author, credential and age, the "Related questions" rail, the sign-up wall, the header and the rail
  // footer; the preview's "(more)" and the footer's "About" are words of the answer: left out
  title: qaTitle,
  headings: [],
  body: [...texts(qaAnswer1), ...qaList, ...qaAnswer2],
  bylines: ['Tomasz Wilk', 'Updated Sep 2'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign In', 'Follow', qaCred, 'Upvoted by', qaUpvoted, 'Author has 412 answers and 1.9M answer views', '18.3K views', 'View 214 upvotes',
    'View 6 shares', 'Upvote', 'View 12 comments', 'Sponsored by Fernhill Software', 'Still tracking bridge inspections in spreadsheets?',
    'Fernhill turns field notes and photos into inspection reports your engineers can sign off in minutes.', 'Learn More', 'Related', ...qaRelatedQs,
    'Ana Ruiz', 'Civil Engineer (PE), bridge design', '4y', qaRelPreview, 'Continue Reading', 'Related questions', 'More answers below', ...qaFoot.slice(1),
    'A place to share knowledge and better understand the world', 'Continue with Google', 'Continue with Facebook', 'Sign up with email',
  ],
};

export const HELDOUT49_A: readonly TestPage[] = [quoraAnswer, redditComment];
