import type { SeQuestion } from './pages-heldout182-se.js';

/** Held-out batch 182, file c2: the Seasoned Advice question (grainy fudge) for file c. */
export const cookingQuestion: SeQuestion = {
  site: { name: 'Seasoned Advice', host: 'cooking.stackexchange.com', key: 'cooking' },
  slug: 'why-does-my-fudge-turn-grainy-a-day-after-making-it',
  title: 'Why does my fudge turn grainy a day after making it?',
  tags: ['candy', 'sugar', 'crystallization', 'fudge'],
  asked: '11 months ago',
  askedIso: '2024-12-16T21:40:02',
  modified: '10 months ago',
  viewed: '903 times',
  q: {
    id: 131502,
    score: '8',
    time: 'Dec 16, 2024 at 21:40',
    user: { name: 'Henrike Dalgaard', rep: '145', badges: [0, 1, 5] },
    blocks: [
      {
        p:
          "I make a vanilla fudge every December from my grandmother's recipe: sugar, whole milk, butter and a little golden syrup, " +
          'boiled to 115 °C, cooled and then beaten. On the day it is smooth and creamy. By the next morning it has a sandy ' +
          'texture, and after two days it is crumbly.',
      },
      {
        p:
          'I use a digital probe thermometer that I checked in boiling water. I store the fudge in a tin with baking paper between ' +
          'the layers. My kitchen is quite warm because of the range cooker. What am I doing wrong?',
      },
    ],
    comments: [
      {
        score: '1',
        text: 'When do you start beating it: straight off the heat, or after it has cooled down?',
        user: 'Corentin Baptiste',
        date: 'Dec 16, 2024 at 22:05',
      },
      { text: 'Straight away, because the recipe says to beat it while it is hot.', user: 'Henrike Dalgaard', date: 'Dec 16, 2024 at 22:31' },
    ],
  },
  answers: [
    {
      id: 131507,
      score: '13',
      accepted: true,
      time: 'Dec 16, 2024 at 23:12',
      user: { name: 'Corentin Baptiste', rep: '37.5k', badges: [5, 62, 148] },
      blocks: [
        {
          p:
            'Beating it while it is hot is the cause. Fudge is a controlled crystallisation: you want a very large number of very ' +
            'small sugar crystals, which is what makes it feel smooth. If you stir while the syrup is still hot, only a few crystals ' +
            'form and they keep growing, so the texture coarsens over the next day.',
        },
        { p: 'Try this:' },
        {
          ol: [
            'Once it reaches 115 °C, take the pan off the heat and do not touch it at all.',
            'Let it cool undisturbed to about 50 °C. This can take 40 minutes, so be patient.',
            'Then beat hard and without stopping until it loses its gloss and starts to thicken.',
            'Pour it into the tin immediately, before it sets in the pan.',
          ],
        },
        {
          p:
            'Two smaller things help as well. Wash down the sides of the pan with a wet pastry brush while it boils, so stray ' +
            'crystals do not fall back in, and keep the golden syrup in the recipe, because the invert sugar in it slows down ' +
            'crystal growth.',
        },
      ],
      comments: [
        {
          score: '3',
          text: 'Made a batch last night waiting until 50 °C. Still perfectly smooth this evening. Thank you!',
          user: 'Henrike Dalgaard',
          date: 'Dec 18, 2024 at 19:47',
        },
      ],
    },
    {
      id: 131533,
      score: '4',
      time: 'Dec 17, 2024 at 10:20',
      user: { name: 'Yusra Halvorsen', rep: '4,811', badges: [1, 17, 44] },
      blocks: [
        {
          p:
            'The warm kitchen matters too. Fudge keeps crystallising slowly in storage, and warmth speeds that up. Keep the tin ' +
            'somewhere cool but not in the fridge, where it picks up moisture and goes sticky on the surface.',
        },
        {
          p:
            'If a batch does go grainy, you can rescue it: put it back in the pan with a few tablespoons of milk, melt it gently, ' +
            'bring it back to temperature and start again.',
        },
      ],
      comments: [],
    },
  ],
  blog: ['Reviewing the year in developer surveys', 'What a decade of tags tells us about how people learn'],
  meta: ['Policy: generative AI (e.g., ChatGPT) is banned', 'Are questions about food storage times on topic?'],
  related: [
    ['25', 'How do I stop sugar crystallising in caramel?'],
    ['11', 'Why did my fudge not set?'],
    ['6', 'Is a candy thermometer necessary for fudge?'],
  ],
  hot: [
    ['Home Improvement', 'Should a shower valve be set into the wall or surface mounted?'],
    ['Travel', 'How early should I arrive for a domestic ferry in Greece?'],
    ['Chemistry', 'Why does salt lower the freezing point of water more than sugar?'],
  ],
};
