import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout305-kit.js';

/**
 * Held-out batch 305, file a: a job board's career-advice article in the Indeed Career Guide template (global nav, breadcrumbs,
 * author card with the "Updated" line, a key takeaways box, an inline "Related:" promo, a job-search promo card, the "Explore more
 * articles" rail, the footer and a cookie banner).
 */
const title = 'How to Answer “Why Are You Leaving Your Job?” in an Interview';
const takeaways = [
  'Keep your answer short, honest and pointed at the future rather than the past.',
  'Tie the reason you are leaving to something the new role offers.',
  'Avoid criticising your manager or colleagues, even when the criticism is fair.',
];
const intro = [
  j(
    'Almost every hiring manager asks some version of this question, and it tends to arrive early, when you are still settling',
    'into the conversation. The interviewer is not trying to catch you out. They want to know whether your reasons for moving',
    'are ones their team can actually satisfy, and whether you are likely to leave them for the same reasons in a year.',
  ),
  j(
    'In this article, we explain why employers ask the question, list common reasons that land well, and give sample answers',
    'you can adapt to your own situation.',
  ),
];
const h1 = 'Why employers ask why you are leaving';
const p1 = [
  j(
    'Interviewers ask this question to understand your motivation. A candidate who is moving towards something, such as broader',
    'responsibility or a field they care about, usually settles in faster than one who is only escaping a bad situation.',
  ),
  j(
    'The question also tests your professionalism. How you talk about a current employer is a preview of how you might talk about',
    'the next one, so a calm and generous answer counts for a great deal.',
  ),
];
const h2 = 'Good reasons to give';
const p2 = ['Most honest reasons for leaving can be framed well. Reasons that interviewers generally accept include:'];
const reasons = [
  'You want to take on more responsibility than your current role allows.',
  'Your company has restructured and your role has changed significantly.',
  'You are relocating, or you want a shorter commute or a hybrid arrangement.',
  'You want to move into an industry or specialism that matches your long-term goals.',
  'You are looking for a team with stronger support for training and development.',
];
const h3 = 'How to structure your answer';
const p3 = [
  j(
    'A reliable structure has three parts. Start with a brief, neutral statement of why you are looking. Follow with what you have',
    'gained in your current job, so the interviewer hears that you valued it. Finish by connecting your goals to the role in front of you.',
  ),
  j(
    'Aim for three or four sentences. If the interviewer wants more detail, they will ask a follow-up question, and you can answer',
    'that one just as directly.',
  ),
];
const h4 = 'Example answers';
const p4 = [
  j(
    '<strong>Example 1:</strong> “I have spent four years in customer support at a growing software firm, and I have learned a lot',
    'about handling difficult conversations. I am now ready to move into account management, where I can build longer relationships',
    'with clients, and this role is a natural next step.”',
  ),
  j(
    '<strong>Example 2:</strong> “My team was merged with another department last spring, and most of my work is now reporting rather',
    'than analysis. I would like to get back to the modelling work I enjoy, which is a large part of this position.”',
  ),
  j(
    '<strong>Example 3:</strong> “My family is moving to Carrow Bay in the summer, so I am looking for a role closer to home. I was',
    'especially drawn to your company because of its work with regional hospitals.”',
  ),
];
const h5 = 'What to avoid';
const p5 = [
  j(
    'Do not complain about pay, your manager or your workload, even if those are the real reasons. If salary is a factor, talk about',
    'wanting a role that reflects the scope of your work. Avoid vague answers such as “I just need a change”, which can suggest you',
    'have not thought carefully about your next step.',
  ),
  j(
    'Finally, keep your story consistent. If your CV, your cover letter and your answer give different reasons, the interviewer may',
    'wonder which one is true.',
  ),
];
const nav = ['Find jobs', 'Company reviews', 'Find salaries', 'Career advice', 'Upload your CV'];
const crumbs = ['Career Guide', 'Interviewing'];
const related = [
  'How to Answer “What Are Your Salary Expectations?”',
  '12 Questions to Ask at the End of an Interview',
  'How to Explain Gaps in Your Employment History',
  'Interview Follow-Up Emails: Templates and Tips',
];
const foot = ['Browse jobs', 'Browse companies', 'Salaries', 'Career Guide', 'About', 'Help Centre', 'Privacy Centre', 'Terms', 'Cookies'];
const html = `<!DOCTYPE html><html lang="en-GB" dir="ltr"><head><meta charset="utf-8">
<title>How to Answer “Why Are You Leaving Your Job?” | Jobstead.co.uk</title>
<meta name="description" content="Learn why employers ask why you are leaving your job, with example answers and tips.">
<meta property="og:title" content="How to Answer Why Are You Leaving Your Job? | Jobstead.co.uk"><meta property="og:type" content="article">
<link rel="canonical" href="https://uk.jobstead.example/career-advice/interviewing/why-are-you-leaving-your-job">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"How to Answer Why Are You Leaving Your Job?",
"author":{"@type":"Organization","name":"Jobstead Editorial Team"},"dateModified":"2026-09-14"}</script>
<script>window._initialData={"careerGuide":{"articleId":"4411","locale":"en_GB"},"gnav":{"loggedIn":false}};</script>
<style data-emotion="css 1p2g7x0">.css-1p2g7x0{max-width:48rem;margin:0 auto;}</style></head>
<body><div id="gnav-main-container"><header class="gnav-Header css-1qh1yx2 eu4oa1w0" data-gnav-element-name="Header">
<a class="gnav-SkipToContent" href="#main-content">Skip to main content</a><a class="gnav-Logo" href="/" aria-label="Jobstead Home">
<svg aria-hidden="true" class="gnav-LogoSvg"></svg></a><nav aria-label="Main" class="gnav-LeftNav"><ul class="css-1ohc7i1 e37uo190">
${links(nav, 'gnav-NavItem css-cm0ws1 eu4oa1w0')}</ul></nav>
<div class="gnav-RightNav"><a href="/account/login" class="gnav-SignIn">Sign in</a><a href="/hire" class="gnav-Employers">Employers / Post Job</a></div>
</header></div>
<main id="main-content" class="css-1p2g7x0 eu4oa1w0"><nav aria-label="Breadcrumbs" class="css-6f3bzl e37uo190" data-testid="breadcrumbs">
<ol class="css-1wl1qx0 eu4oa1w0">${links(crumbs, 'css-1m7m8x3 eu4oa1w0')}</ol></nav>
<article class="css-yibv5h eu4oa1w0" data-testid="article"><div class="css-1kuwwmy e37uo190" data-testid="article-header">
<h1 class="css-1xcdu2b e1tiznh50" data-testid="article-title">${title}</h1>
<div class="css-1fvl6tk eu4oa1w0" data-testid="author-card"><img src="/images/editorial-team.svg" alt="" width="40" height="40">
<div><span class="css-1yy9ncq e1wnkr790">Jobstead Editorial Team</span>
<span class="css-5x2ojj e1wnkr790">Updated 14 September 2026</span></div></div>
<div class="css-d1k7tb eu4oa1w0" data-testid="share-buttons"><span>Share:</span><button aria-label="Share on Facebook">Facebook</button>
<button aria-label="Share on LinkedIn">LinkedIn</button><button aria-label="Copy link">Copy link</button></div></div>
<div class="css-ug2mra eu4oa1w0" data-testid="key-takeaways"><h2 class="css-10tf2te e1tiznh50">Key takeaways:</h2><ul>
${lis(takeaways, 'css-1n5b4bu eu4oa1w0')}</ul></div>
<div class="css-1c8mhf3 eu4oa1w0" data-testid="article-body">
${ps(intro, ' class="css-1snp7mt e1wnkr790"')}
<div class="css-kyg8or eu4oa1w0" data-testid="inline-related"><p class="css-1snp7mt e1wnkr790"><strong>Related:</strong>
<a href="/career-advice/interviewing/common-interview-questions">50 Common Interview Questions and Answers</a></p></div>
<h2 class="css-10tf2te e1tiznh50" id="why">${h1}</h2>
${ps(p1, ' class="css-1snp7mt e1wnkr790"')}
<h2 class="css-10tf2te e1tiznh50" id="reasons">${h2}</h2>
${ps(p2, ' class="css-1snp7mt e1wnkr790"')}<ul class="css-1b9wq4x eu4oa1w0">
${lis(reasons)}</ul>
<div class="css-1jm1yn9 eu4oa1w0" data-testid="job-search-promo"><p class="css-ffa6ip">Ready to find your next role?</p>
<p class="css-ffa6ip">Search thousands of jobs near you and apply in minutes.</p><a class="css-1rst6mo" href="/jobs">Find jobs</a></div>
<h2 class="css-10tf2te e1tiznh50" id="structure">${h3}</h2>
${ps(p3, ' class="css-1snp7mt e1wnkr790"')}
<h2 class="css-10tf2te e1tiznh50" id="examples">${h4}</h2>
${ps(p4, ' class="css-1snp7mt e1wnkr790"')}
<h2 class="css-10tf2te e1tiznh50" id="avoid">${h5}</h2>
${ps(p5, ' class="css-1snp7mt e1wnkr790"')}
<p class="css-9j6d6e e1wnkr790"><em>Please note that none of the companies, institutions or organisations mentioned in this article are
affiliated with Jobstead.</em></p></div>
<div class="css-2yq1c1 eu4oa1w0" data-testid="feedback"><span>Was this article helpful?</span><button>Yes</button><button>No</button></div>
</article>
<section class="css-12zsd0p eu4oa1w0" data-testid="related-articles"><h2 class="css-10tf2te e1tiznh50">Explore more articles</h2><ul>
${links(related, 'css-1f7tgsy eu4oa1w0')}</ul></section></main>
<footer class="gnav-Footer css-1m6h3h1 eu4oa1w0"><ul class="gnav-FooterLinks">${links(foot, 'gnav-FooterItem')}</ul>
<p class="gnav-Copyright">© 2026 Jobstead</p></footer>
<div id="CookiePrivacyNotice" class="css-1ap9yq4 eu4oa1w0" role="dialog" aria-label="Cookie notice"><p>We use cookies to give you the best
experience on Jobstead. You can change your preferences at any time in the Privacy Centre.</p>
<button id="onetrust-accept-btn-handler">Accept all cookies</button><button>Reject all</button><button>Cookie settings</button></div>
<script src="https://static.jobstead.example/career-guide/bundle.4f1a2c.js" async></script></body></html>`;
const page: TestPage = {
  name: 'heldout305-jobstead-career-guide-news',
  kind: 'news',
  html,
  title: 'How to Answer “Why Are You Leaving Your Job?” in an Interview',
  headings: ['Key takeaways:', h1, h2, h3, h4, h5],
  body: texts([...takeaways, ...intro, ...p1, ...p2, ...reasons, ...p3, ...p4, ...p5]),
  bylines: ['Jobstead Editorial Team', 'Updated 14 September 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nav, 'Sign in', 'Employers / Post Job', ...crumbs, 'Share:', 'Facebook', 'LinkedIn', 'Copy link',
    'Related: 50 Common Interview Questions and Answers', 'Ready to find your next role?', 'Search thousands of jobs near you and apply in minutes.',
    'Please note that none of the companies, institutions or organisations mentioned in this article are affiliated with Jobstead.',
    'Was this article helpful?', 'Explore more articles', ...related, 'Browse jobs', 'Browse companies', 'Salaries', 'Help Centre', 'Privacy Centre',
    'Terms', 'Cookies', '© 2026 Jobstead',
    'We use cookies to give you the best experience on Jobstead. You can change your preferences at any time in the Privacy Centre.',
    'Accept all cookies', 'Reject all', 'Cookie settings',
  ],
};

export const HELDOUT305_A: readonly TestPage[] = [page];
