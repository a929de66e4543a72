import type { SeQuestion } from './pages-heldout182-se.js';

/** Held-out batch 182, file a2: the Cross Validated question (a mixed model with a nested random effect) for file a. */
export const cvQuestion: SeQuestion = {
  site: { name: 'Cross Validated', host: 'stats.stackexchange.com', key: 'stats' },
  slug: 'why-does-my-random-intercept-variance-collapse-to-zero-when-i-add-a-plot-level-effect',
  title: 'Why does my random intercept variance collapse to zero when I add a plot-level effect?',
  tags: ['mixed-model', 'lme4-nlme', 'random-effects-model', 'variance'],
  asked: '1 year, 4 months ago',
  askedIso: '2024-07-09T14:22:31',
  modified: '1 year, 2 months ago',
  viewed: '1k times',
  q: {
    id: 651208,
    score: '7',
    time: 'Jul 9, 2024 at 14:22',
    edited: 'Jul 10, 2024 at 8:05',
    user: { name: 'Wren Castellanos', rep: '213', badges: [0, 1, 7] },
    blocks: [
      {
        p:
          'I am analysing seedling height from a field trial with 12 sites, each split into 4 plots, with about 30 seedlings measured ' +
          'per plot. Fertiliser treatment was assigned at the plot level. My first model had a random intercept for site only:',
      },
      { pre: 'm1 &lt;- lmer(height ~ treatment + (1 | site), data = trial)' },
      {
        p:
          'That gives a site variance of about 4.1 and a residual variance of about 19. When I add plots nested in sites, the site ' +
          "variance goes to exactly zero and I get the message <code>boundary (singular) fit: see help('isSingular')</code>:",
      },
      { pre: 'm2 &lt;- lmer(height ~ treatment + (1 | site/plot), data = trial)' },
      {
        p:
          'The plot variance in <code>m2</code> is about 5.3. It looks as though the variance I attributed to sites has simply moved ' +
          'to plots. My questions are:',
      },
      {
        ol: [
          'Is it legitimate to keep <code>m2</code> even though the fit is singular?',
          'Does a zero site variance mean sites really do not differ, or only that 12 sites is too few to tell?',
          'Should I report <code>m1</code> instead, given that the treatment estimate barely changes?',
        ],
      },
    ],
    comments: [
      {
        score: '2',
        text: 'How many plots got each treatment within a site? If every site has two of each, that matters for how the variance is split.',
        user: 'Ishaan Varadarajan',
        date: 'Jul 9, 2024 at 15:01',
      },
      {
        text: '@IshaanVaradarajan yes, two control and two fertilised plots at every site, randomised within the site.',
        user: 'Wren Castellanos',
        date: 'Jul 9, 2024 at 15:40',
      },
    ],
  },
  answers: [
    {
      id: 651266,
      score: '11',
      accepted: true,
      time: 'Jul 10, 2024 at 9:47',
      user: { name: 'Tobiah Lindqvist', rep: '18.4k', badges: [3, 41, 96] },
      blocks: [
        {
          p:
            'What you are seeing is common and it does not mean anything has gone wrong. In <code>m1</code> there is no term for ' +
            'plots, so the similarity between seedlings in the same plot has to go somewhere. Part of it ends up in the residual and ' +
            'part of it is absorbed by the site intercept, because plots are inside sites. Once you give plots their own term, the ' +
            'site term no longer has to carry that, and with only 12 sites the estimate of what is left can easily land on the boundary.',
        },
        { h: 'On your three questions' },
        {
          p:
            'A singular fit is not an error. It tells you the model is more complex than the data can support for that component. ' +
            'The fixed effect estimates and their standard errors from <code>m2</code> are still usable, and for a split-plot design ' +
            'they are the ones you want, because the treatment was applied to plots. Your degrees of freedom for the treatment test ' +
            'should come from the plot level, not the seedling level.',
        },
        {
          p:
            'A zero estimate does not show that sites are identical. With 12 sites the confidence interval for the site standard ' +
            'deviation will be wide. Run <code>confint(m2, method = "profile")</code> and you will very likely see an interval that ' +
            'starts at zero and reaches a value as large as the plot standard deviation.',
        },
        {
          p:
            'I would not go back to <code>m1</code>. It ignores the level at which treatment was assigned, so it treats 360 seedlings ' +
            'as if they were independent evidence about fertiliser when you really have 48 plots. The point estimate agrees, but the ' +
            'standard error from <code>m1</code> will be too small.',
        },
        {
          p:
            'If reviewers are bothered by the singular fit, you can keep the design-based structure and drop the site term with a ' +
            'sentence explaining why, or fit the same model in a Bayesian framework with a weakly informative prior on the site ' +
            'standard deviation, which keeps the estimate off the boundary.',
        },
      ],
      comments: [
        {
          score: '1',
          text: 'Thank you, the profile interval is 0 to 2.6, which is exactly the picture you describe.',
          user: 'Wren Castellanos',
          date: 'Jul 10, 2024 at 12:18',
        },
      ],
    },
    {
      id: 651391,
      score: '3',
      time: 'Jul 11, 2024 at 20:06',
      edited: 'Sep 2, 2024 at 7:31',
      user: { name: 'Marguerite Osei', rep: '2,907', badges: [1, 9, 24] },
      blocks: [
        {
          p:
            'To add one practical point to the accepted answer: check whether the site effect is really there in the raw data before ' +
            'deciding what to report. Average the seedlings within each plot, then fit a simple one-way model of plot means on site. ' +
            'If the between-site spread of plot means is no bigger than you would expect from the within-site spread, the zero is an ' +
            'honest answer for your trial.',
        },
        {
          p:
            'In my experience with forestry trials, site effects are often large for survival and small for height once plots are ' +
            'accounted for, because the plot captures the local drainage and shading that people assume is a site property.',
        },
      ],
      comments: [],
    },
  ],
  blog: ['Reviewing the year in developer surveys', 'What a decade of tags tells us about how people learn'],
  meta: ['Policy: generative AI (e.g., ChatGPT) is banned', 'Community election nominations are now open'],
  related: [
    ['14', 'Singular fit in lme4: what to do about it?'],
    ['6', 'Nested random effects versus crossed random effects'],
    ['3', 'Random intercept variance estimated as zero'],
    ['22', 'How to choose the random effects structure for a split-plot design'],
  ],
  hot: [
    ['Mathematics', 'Is every finite group the automorphism group of some graph with a given degree?'],
    ['Travel', 'Can I leave the airport on a 9-hour layover with a single-entry visa?'],
    ['Academia', 'Should I mention a retracted co-authored paper in my application?'],
    ['Super User', 'Why does my laptop fan spin up only when the lid is closed?'],
  ],
  head:
    '<script type="text/x-mathjax-config">MathJax.Hub.Config({"HTML-CSS":{preferredFont:"TeX"},' +
    'tex2jax:{inlineMath:[["$","$"],["\\\\(","\\\\)"]]}});</script>\n' +
    '<script src="https://cdn.sstatic.net/Js/third-party/npm/mathjax/MathJax.js?config=TeX-AMS_HTML-full"></script>',
};
