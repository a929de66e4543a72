import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout441-kit.js';
import { openLearn } from './pages-heldout441-c2.js';

/**
 * Held-out batch 441, file c: a GitBook course reader as the Next.js app renders it (utility class soup, the space header with
 * the search button and "Ask or search", the left table of contents with groups, a hint block, a tabs block, the "Was this
 * helpful?" feedback, the previous / next cards, the "Last updated" line, the right page outline and "Powered by GitBook").
 */
const gbTitle = 'Week 3: Writing a Good Research Question';
const gbLead = 'How to move from a broad topic to a question you can answer in twelve weeks.';
const gbIntro = [
  `Most student projects that run into trouble do so in the first month, and usually for the same reason: the question was too
  big. "How does social media affect teenagers?" is a topic, not a research question. This week we practise narrowing a topic
  until it becomes something you can investigate with the time, data and methods you actually have.`,
];
const gbH1 = 'From topic to question';
const gbSteps = [
  'Name the topic in a few words, without worrying about scope.',
  'List the people, places or things it involves, and pick one group.',
  'Decide what you want to know about that group: a description, a comparison, or an explanation.',
  'Add limits of time and place until the question could be answered by one person in one term.',
];
const gbExample = [
  `Applied to our example, the steps might give: "How do Year 10 students at two schools in Calder Mouth describe the effect of
  group chats on their homework routines?" It is narrower, it names who and where, and it asks for a description that interviews
  or a short survey could provide.`,
];
const gbHint = `Your tutor will not mark the question down for being modest. A small question answered well earns far more than a
large one answered vaguely.`;
const gbH2 = 'Checking your question';
const gbChecks = [
  `Before you commit, test your question against three criteria. Is it clear, so that a classmate reading it would know what you
  plan to find out? Is it feasible, given the data you can reach and the ethics approval the module allows? And is it arguable,
  meaning that a reasonable person could expect a different answer from the one you suspect?`,
];
const gbTabs = ['Too broad', 'Better'];
const gbTabText = [
  'Is online learning good for students?',
  'Did first-year nursing students at Brenholt College who attended recorded lectures score differently on the spring exam?',
];
const gbH3 = 'This week’s task';
const gbTask = [
  `Post three draft questions on the module forum by Friday, each with one sentence saying what data you would need. In the
  Tuesday seminar you will swap drafts with a partner and apply the three criteria to each other's questions.`,
];
const gbToc = ['Welcome', 'Module handbook', 'Week 1: What Is Research?', 'Week 2: Reading Academic Sources', 'Week 4: Choosing a Method'];
const gbGroups = ['Getting started', 'Weekly readings', 'Assessment'];
const gbOutline = ['From topic to question', 'Checking your question', 'This week’s task'];
const gbHtml = `<!DOCTYPE html>
<html lang="en" class="sidebar-default theme-clean tint no-tint-sidebar"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${gbTitle} | Research Skills Reader</title>
<meta name="description" content="${gbLead}"><meta property="og:title" content="${gbTitle} | Research Skills Reader">
<meta name="generator" content="GitBook (8.112.3)"><link rel="preload" href="/~gitbook/static/fonts/inter.woff2" as="font" crossorigin="">
<script src="/_next/static/chunks/webpack-5a1c.js" async=""></script>
<script>(self.__next_s=self.__next_s||[]).push([0,{"children":"document.documentElement.classList.add('js');"}])</script></head>
<body class="text-tint-strong bg-tint-base"><div hidden=""></div><div class="scroll-nojump"><div class="contents"><a href="#main"
class="sr-only focus:not-sr-only">Skip to content</a>
<header id="site-header" class="flex flex-col h-[64px] sticky top-0 pt-[env(safe-area-inset-top)] z-30 w-full bg-tint-base/9 backdrop-blur-lg">
<div class="theme-bold:bg-header-background gap-4 flex items-center justify-between w-full py-3 min-h-16 sm:h-16 px-4 sm:px-6 md:px-8">
<a class="group/headerlogo min-w-0 shrink flex items-center" href="/research-skills"><div class="text-pretty line-clamp-2 tracking-tight
max-w-[18ch] lg:max-w-[24ch] font-semibold">Research Skills Reader</div></a>
<button type="button" class="flex flex-1 grow-0 shrink-0 items-center gap-2 px-3 rounded-corners:rounded-lg"><span class="text-tint">Ask or
search...</span><div class="shortcut hidden md:inline-flex">Ctrl K</div></button></div></header>
<div class="motion-safe:transition-all pb-3 flex flex-1 items-start gap-4 max-w-screen-2xl mx-auto">
<aside data-testid="table-of-contents" class="group text-sm grow-0 shrink-0 basis-full lg:basis-72 page-no-toc:lg:basis-56 relative z-[1] lg:sticky">
<div class="flex-1 flex flex-col overflow-y-auto lg:pr-2 lg:pb-4"><ul class="flex flex-col gap-y-0.5">
<li class="flex flex-col"><div class="-top-4 sticky z-[1] flex items-center gap-3 px-3 font-semibold text-xs uppercase">${gbGroups[0]}</div></li>
${links(gbToc.slice(0, 2), 'flex flex-col')}
<li class="flex flex-col"><div class="-top-4 sticky z-[1] flex items-center gap-3 px-3 font-semibold text-xs uppercase">${gbGroups[1]}</div></li>
${links(gbToc.slice(2, 4), 'flex flex-col')}
<li class="flex flex-col"><a aria-current="page" class="flex justify-start items-center gap-3 p-1.5 pl-3 text-sm font-semibold text-primary"
href="/research-skills/weekly-readings/week-3">${gbTitle}</a></li>
${links(gbToc.slice(4), 'flex flex-col')}
<li class="flex flex-col"><div class="-top-4 sticky z-[1] flex items-center gap-3 px-3 font-semibold text-xs uppercase">${gbGroups[2]}</div></li>
</ul></div><div class="flex flex-col my-4 lg:my-6"><a href="https://www.gitbook.example/?utm_source=content" class="text-sm font-semibold
text-tint-strong">Powered by GitBook</a></div></aside>
<div class="flex flex-row flex-1 relative py-8 break-anywhere min-w-0"><main id="main" class="relative min-w-0 flex-1 max-w-3xl mx-auto">
<header class="max-w-3xl page-api-block:xl:max-2xl:pr-56 mx-auto mb-6 space-y-3"><h1 class="text-4xl font-bold flex items-center gap-4
w-full leading-tight tracking-tight text-tint-strongest">${gbTitle}</h1><p class="max-w-3xl text-lg text-tint">${gbLead}</p></header>
<div class="whitespace-pre-wrap grid whitespace-normal max-w-3xl mx-auto">
${ps(gbIntro, ' class="mx-auto w-full decoration-primary/6 max-w-3xl"')}
<div class="flex items-baseline scroll-m-12 mx-auto" id="from-topic-to-question"><h2 class="text-2xl font-semibold">${gbH1}</h2>
<a href="#from-topic-to-question" class="hash" aria-label="Direct link to heading"></a></div>
<ol class="space-y-2 list-decimal">${lis(gbSteps, 'leading-normal')}</ol>
${ps(gbExample)}
<div class="hint hint-info rounded-md border px-4 py-3 flex items-start gap-3 bg-info-subtle"><svg class="gb-icon size-4 shrink-0"></svg>
<div class="flex-1 space-y-2"><p>${gbHint}</p></div></div>
<div class="flex items-baseline scroll-m-12 mx-auto" id="checking-your-question"><h2 class="text-2xl font-semibold">${gbH2}</h2></div>
${ps(gbChecks)}
<div class="rounded-lg border tabs"><div role="tablist" class="flex flex-row">${gbTabs
  .map((t, i) => `<button role="tab" aria-selected="${i === 0}" class="px-3.5 py-2 text-sm">${t}</button>`)
  .join('\n')}</div>
${gbTabText.map((t, i) => `<div role="tabpanel" class="p-4${i === 0 ? '' : ' hidden'}"><p>${t}</p></div>`).join('\n')}</div>
<div class="flex items-baseline scroll-m-12 mx-auto" id="this-weeks-task"><h2 class="text-2xl font-semibold">${gbH3}</h2></div>
${ps(gbTask)}
</div>
<div class="flex flex-col md:flex-row mt-6 gap-2 max-w-3xl mx-auto page-api-block:ml-0"><a class="group text-sm p-2.5 flex gap-4 flex-1 flex-row-reverse
items-center pl-4 border rounded-sm" href="/research-skills/weekly-readings/week-2"><span class="flex flex-col flex-1 text-right"><span
class="text-xs">Previous</span><span class="text-tint-strong">Week 2: Reading Academic Sources</span></span></a>
<a class="group text-sm p-2.5 flex gap-4 flex-1 flex-row items-center pr-4 border rounded-sm" href="/research-skills/weekly-readings/week-4"><span
class="flex flex-col flex-1"><span class="text-xs">Next</span><span class="text-tint-strong">Week 4: Choosing a Method</span></span></a></div>
<div class="flex flex-row items-center mt-6 max-w-3xl mx-auto text-sm text-tint"><div class="flex-1">Was this helpful?</div>
<button aria-label="Yes, it was" class="rounded-full">Yes</button><button aria-label="No, it wasn't" class="rounded-full">No</button></div>
<p class="text-sm text-tint mt-8 max-w-3xl mx-auto">Last updated <span title="Mon Feb 09 2026">3 months ago</span></p></main>
<aside class="group/aside hidden xl:flex flex-col basis-56 grow-0 shrink-0 sticky top-20"><div class="flex flex-col gap-3"><div class="text-xs font-semibold
uppercase">On this page</div><ul class="flex flex-col border-l">${links(gbOutline, 'flex flex-row')}</ul></div></aside></div></div></div></div>
<script>self.__next_f.push([1,"2:I[\\"(app/sites/static)/page\\",[\\"static/chunks/app/page-8f3e.js\\"],\\"SitePage\\"]\\n"])</script>
<script>self.__next_f.push([1,"7:[\\"$\\",\\"main\\",null,{\\"id\\":\\"main\\",\\"children\\":\\"$L8\\"}]\\n"])</script></body></html>`;
const gitBook: TestPage = {
  name: 'heldout441-gitbook-course-reader-docs',
  kind: 'docs',
  html: gbHtml,
  title: gbTitle,
  headings: [gbH1, gbH2, gbH3],
  body: texts([gbLead, ...gbIntro, ...gbSteps, ...gbExample, gbHint, ...gbChecks, ...gbTabText, ...gbTask]),
  bylines: ['Last updated 3 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Research Skills Reader', 'Ask or search...', 'Ctrl K', ...gbGroups, ...gbToc, 'Powered by GitBook', ...gbTabs,
    'Previous', 'Next', 'Was this helpful?', 'Yes', 'On this page',
  ],
};

export const HELDOUT441_C: readonly TestPage[] = [gitBook, openLearn];
