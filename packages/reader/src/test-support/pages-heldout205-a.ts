import { links, ps, type TestPage, texts } from './page-kit.js';
import { neocitiesPost } from './pages-heldout205-a2.js';

/**
 * Held-out batch 205, file a: a blog post on a mathematics professor's hand-written HTML homepage (table layout with a
 * left link column, the "Posted" line, previous / index / next links above and below the post, an e-mail-me note, the
 * <address> block with the obfuscated e-mail and "Last modified", a StatCounter script with its noscript, and a
 * "Valid HTML" link) and, from file a2, a blog post on a Neocities personal site.
 */
const title = 'Twenty years of marking without a rubric, and one term with one';
const p1 = [
  'For most of my career I marked proofs the way I was marked: I read the whole thing, formed an opinion, and wrote a number ' +
    'in the corner with a few comments in the margin. Last autumn the department asked everyone teaching a first-year course to ' +
    'use a written rubric, and I agreed with more grumbling than I am proud of.',
  'I have now marked about 900 scripts in MA1204, <i>Introduction to Proof</i>, with a rubric. These are some notes for ' +
    'colleagues who are about to do the same, and for my earlier self, who was wrong about a few things.',
];
const h1 = 'What the rubric looked like';
const p2 = ['We kept it short. Each proof question was marked out of six, split into three parts:'];
const list1 = [
  'Two marks for a correct statement of what is to be shown, including the quantifiers.',
  'Three marks for the argument itself, with one mark lost for each real gap.',
  'One mark for the write-up: the proof can be read by someone who has not seen the question.',
];
const p3 = [
  'A short list of common errors, each tied to a fixed deduction, went on a single sheet that the four markers kept beside them. ' +
    'We did not publish the sheet to students in advance, which turned out to be a mistake.',
];
const h2 = 'What I got wrong';
const p4 = [
  'I expected the rubric to make marking slower. It did for about two weeks and then it made it faster, because I stopped ' +
    're-reading scripts to compare them with one another. The number came from the sheet, not from my memory of the previous ' +
    'forty answers.',
  'I also expected students to game it, writing the statement carefully and then waving their hands through the argument. A ' +
    'few did. Most did the opposite: once they knew the statement was worth a third of the marks, they started writing it down ' +
    'first, and the arguments that followed were noticeably better. Stating the goal properly is half of finding the proof.',
  'The thing I did not expect was how much the four of us disagreed before we had the sheet. In the first calibration meeting ' +
    'we each marked the same ten scripts blind, and on one of them our marks ranged from one to five out of six. With the rubric ' +
    'the widest spread over the term was two.',
];
const h3 = 'What I would change';
const p5 = [
  'Publish the sheet. Several students told me at the end of term that they only understood what a complete proof looked like ' +
    'when they saw their marked scripts, and by then half the course was over. Next year the rubric goes on the course page in ' +
    'week one, with two worked examples marked against it.',
  'Leave room for the unexpected. Twice a student found an argument none of us had anticipated, once by contradiction where we ' +
    'all expected induction. The rubric handled both fine, but only because we agreed in advance that a correct argument gets ' +
    'the marks whatever shape it takes. That line should be written at the top of the sheet, not left to the markers.',
  'I do not think the rubric made me a better reader of proofs. It made me a more consistent one, and for a course with 230 ' +
    'students and four markers that matters more than I was willing to admit.',
];
const nav = ['Home', 'Research', 'Publications', 'Teaching', 'Students', 'Blog', 'CV (PDF)'];
const postNav = ['Previous post', 'Blog index', 'Next post'];
const owner = 'Harriet Lindqvist';
const mailNote = 'Comments are welcome by e-mail. I do not run a comment section.';
const foot = [
  'Department of Mathematics, University of Norrholm',
  'h.lindqvist (at) math.norrholm.example',
  'Last modified: Fri Mar 14 16:02:11 CET 2025',
  'Valid HTML',
];
const postNavHtml = `<p class="postnav">[ <a href="rubric-draft.html">${postNav[0]}</a> | <a href="index.html">${postNav[1]}</a> |
<a href="oberwolfach.html">${postNav[2]}</a> ]</p>`;
const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="author" content="Harriet Lindqvist">
<meta name="keywords" content="rubric, marking, proof, teaching, MA1204">
<title>Blog: Twenty years of marking without a rubric</title>
<link rel="stylesheet" type="text/css" href="../hl.css">
<link rel="alternate" type="application/rss+xml" title="RSS" href="feed.xml">
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#0000CC" vlink="#551A8B">
<table width="100%" border="0" cellpadding="8" cellspacing="0">
<tr>
<td valign="top" width="170" bgcolor="#EEEEE0">
<a href="../index.html"><img src="../img/hl-small.jpg" width="120" height="150" alt="Photo of Harriet Lindqvist" border="0"></a>
<br><br>
<ul class="side">
${links(nav)}
</ul>
</td>
<td valign="top">
${postNavHtml}
<h1>${title}</h1>
<p><i>Posted 14 March 2025</i></p>
${ps(p1)}
<h3>${h1}</h3>
${ps(p2)}
<ol>
${list1.map((t) => `<li>${t}</li>`).join('\n')}
</ol>
${ps(p3)}
<h3>${h2}</h3>
${ps(p4)}
<h3>${h3}</h3>
${ps(p5)}
<p><small>${mailNote}</small></p>
${postNavHtml}
<hr noshade size="1">
<address>
<a href="../index.html">${owner}</a><br>
${foot[0]}<br>
${foot[1]}
</address>
<p><small><!-- hhmts start -->${foot[2]}<!-- hhmts end --></small>
&nbsp; <a href="https://validator.w3.org/check?uri=referer"><small>${foot[3]}</small></a></p>
</td>
</tr>
</table>
<!-- Default Statcounter code -->
<script type="text/javascript">
var sc_project=11990217; var sc_invisible=1; var sc_security="a41c0f2e";
</script>
<script type="text/javascript" src="https://www.statcounter.com/counter/counter.js" async></script>
<noscript><div class="statcounter"><a title="Web Analytics" href="https://statcounter.com/" target="_blank"><img class="statcounter"
src="https://c.statcounter.com/11990217/0/a41c0f2e/1/" alt="Web Analytics"></a></div></noscript>
<!-- End of Statcounter Code -->
</body>
</html>`;
const professor: TestPage = {
  html,
  name: 'heldout205-professor-homepage-blog',
  kind: 'blog',
  // the "Posted" line and the professor's name (in the address block, the page's only author line) are bylines; the
  // e-mail note under the post, the rest of the address block, "Last modified" and the link column are furniture
  title,
  headings: [h1, h2, h3],
  body: [...texts(p1), ...p2, ...list1, ...p3, ...p4, ...p5],
  bylines: ['Posted 14 March 2025', owner],
  furniture: [...nav, ...postNav, mailNote, ...foot],
};

export const HELDOUT205_A: readonly TestPage[] = [professor, neocitiesPost];
