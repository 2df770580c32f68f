import { blockSignals, documentStopWords, wordsOf } from '@/core/blockSignals';
import { boilerplateOf, classifyBlocks, isBlockNote } from '@/core/boilerplate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProperty } from '../support/property';
import { messyText } from '../support/arbitraries';
import { labelsOf, PROSE, text } from '../support/labelling';
import { plain } from '../support/sources';

describe('function-word density (jusText)', () => {
  it('is high for running prose and low for a list of names', () => {
    const stop = documentStopWords([wordsOf(PROSE.join(' '))]);
    expect(blockSignals(PROSE[0]!, stop).stopDensity).toBeGreaterThan(0.3);
    expect(
      blockSignals('Kyle Busch Martin Truex Kevin Harvick Denny Hamlin', stop).stopDensity,
    ).toBe(0);
  });

  it('takes a non-English text’s commonest words as its function words', () => {
    const pt =
      'O governo disse que a reunião de hoje foi um sucesso e que o acordo será assinado na próxima semana. ' +
      'A ministra disse que o país vai continuar a negociar com os parceiros de sempre e que a decisão é de todos. ' +
      'O presidente da câmara disse que a cidade vai receber o novo hospital em março e que o projeto é de todos.';
    const stop = documentStopWords([wordsOf(pt)]);
    expect(stop.has('que')).toBe(true);
    expect(blockSignals(pt, stop).stopDensity).toBeGreaterThan(0.3);
  });
});

describe('position: page furniture stands outside the running prose', () => {
  it('labels a menu before the story and a list of other stories after it, but not a subheading', () => {
    const labels = labelsOf([
      'Kim hails Russia ties as Putin plans a visit',
      'Home',
      'News',
      'Sports',
      'Sign In',
      'A growing relationship',
      ...PROSE,
      'Best gifts for the hacker in your life',
      'Ten useful gadgets you did not know you needed',
    ]);
    expect(labels[0]).toBe('headline');
    // "Sign In" is the account box's, wherever it stands.
    expect(labels.slice(1, 5)).toEqual([
      'navigation',
      'navigation',
      'navigation',
      'call to action',
    ]);
    expect(labels[5]).toBeNull(); // just before the story: its subheading
    expect(labels.slice(6, 9)).toEqual([null, null, null]);
    expect(labels.slice(9)).toEqual(['related link', 'related link']);
  });

  it('leaves short lines inside the story alone: table cells, a one-line quote', () => {
    const labels = labelsOf([PROSE[0]!, '1', 'Kyle Busch', '5040', '“We are ready.”', PROSE[1]!]);
    expect(labels).toEqual([null, null, null, null, null, null]);
  });

  it('never reads a table row (cells apart by tabs) as furniture or a date', () => {
    const labels = labelsOf([
      'NASCAR standings',
      'Pos.\tDriver\tPoints',
      '1\tKyle Busch\t5040',
      ...PROSE,
    ]);
    expect(labels.slice(1, 3)).toEqual([null, null]);
  });
});

describe('the story’s extent', () => {
  it('reads a short line followed by more sentences as the story’s subheading, not a link after it', () => {
    const results = 'Kyrgios beat Gonzalez 6-4, 6-4 and de Minaur beat Galan 6-4, 6-3.';
    const labels = labelsOf([...PROSE, 'AUSTRALIA AHEAD', results, 'Colombia lost to Belgium.']);
    expect(labels.slice(3)).toEqual([null, null, null]);
    // With no sentence after it, the same line ends the page: a link to another story.
    expect(labelsOf([...PROSE, 'AUSTRALIA AHEAD']).slice(3)).toEqual(['navigation']);
  });

  it('never lets an appeal or a credit carry the story on', () => {
    const labels = labelsOf([
      ...PROSE,
      'Best gifts for the hacker in your life',
      'Sign up for our newsletter.',
    ]);
    expect(labels.slice(3)).toEqual(['related link', 'call to action']);
  });

  it('takes a sentence that ends with an emoji for a sentence', () => {
    expect(blockSignals('We hope to see you soon! 🙂', new Set()).sentence).toBe(true);
    expect(blockSignals('Photos 📷', new Set()).sentence).toBe(false);
  });

  it('knows the full stops of other scripts', () => {
    for (const line of ['東京で会議が開かれた。', '你好吗？', 'هل هذا صحيح؟', 'यह एक वाक्य है।'])
      expect([line, blockSignals(line, new Set()).sentence]).toEqual([line, true]);
  });
});

describe('neighbours', () => {
  it('leaves a rule between two parts of the story alone, but not one before a credit', () => {
    const inside = labelsOf([...PROSE, '______', PROSE[0]!.replace('Tuesday', 'Monday')]);
    expect(inside[3]).toBeNull();
    const beforeCredit = labelsOf([
      ...PROSE,
      '______',
      'Reporting by Hyonhee Shin; Editing by Ed Davies',
      PROSE[0]!.replace('Tuesday', 'Monday'),
    ]);
    expect(beforeCredit.slice(3, 5)).toEqual(['separator', 'credit or byline']);
  });

  it('labels the head of a list of web addresses as the list, and a head of anything else not', () => {
    const addresses = labelsOf([
      ...PROSE,
      'On the Net:',
      'White House: http://www.whitehouse.gov/',
      'State Department: http://www.state.gov/',
    ]);
    expect(addresses.slice(3)).toEqual(['web address', 'web address', 'web address']);
    // A head over the story's own list, or a long line ending in a colon, stays the story's.
    const list = labelsOf([...PROSE, 'The findings:', 'Prices rose in March.', PROSE[0]!]);
    expect(list[3]).toBeNull();
    const said = labelsOf([
      ...PROSE,
      'The minister said the following on the talks:',
      'White House: http://www.whitehouse.gov/',
    ]);
    expect(said[3]).toBeNull();
  });

  it('labels a short fragment between two labelled blocks as one of them', () => {
    const labels = labelsOf([
      ...PROSE,
      'Photo: Damian Dovarganes, AP',
      'Zoom',
      'Photo: Jae C. Hong, AP',
      PROSE[0]!.replace('Tuesday', 'Monday'),
    ]);
    expect(labels.slice(3, 6)).toEqual([
      'credit or byline',
      'credit or byline',
      'credit or byline',
    ]);
  });
});

describe('a note on the writer under the credit that names them or an author’s head', () => {
  const NOTE =
    'Marie LeBaron is the founder and managing editor of Make and Takes. Always having a love of crafts, she enjoys getting messy with her four kids and sharing the results with readers.';
  // A paragraph after the note, so that the note is not the page's last prose (which a note on
  // a writer may be, by `writerNote`).
  const AFTER = 'The council will publish the full list of the winning projects in the spring.';

  it('is the author’s box, after the story', () => {
    const labels = labelsOf([...PROSE, 'Written by Marie LeBaron', NOTE, AFTER]);
    // The note that names the writer closes the story: what follows is the page's.
    expect(labels.slice(3)).toEqual(['credit or byline', 'credit or byline', 'related link']);
  });

  it('is the author’s box under a head that says so, however the note opens', () => {
    const bio =
      'Mina grew up with board games and still loves most of them, especially the long and colourful ones her family played.';
    const labels = labelsOf([...PROSE, 'About the Author', bio, AFTER]);
    expect(labels.slice(3)).toEqual(['credit or byline', 'credit or byline', null]);
  });

  it('is the author’s box when its head opens the note’s own line', () => {
    expect(
      text('About the Author: As the founder of Pine Books, Tom Reyes has edited forty novels.'),
    ).toBe('credit or byline');
    expect(
      text('About the author’s claims, the court said little in its ruling on Monday.'),
    ).toBeNull();
  });

  it('is the story’s when the credit names someone else, or when it opens the page', () => {
    const other = labelsOf([...PROSE, 'Written by Jane Doe', NOTE, AFTER]);
    expect(other.slice(3)).toEqual(['credit or byline', null, null]);
    const opening = labelsOf(['By Marie LeBaron', NOTE, ...PROSE]);
    expect(opening[1]).toBeNull();
  });
});

describe('date lines', () => {
  it('labels lines made of calendar words and numbers', () => {
    for (const line of [
      'Updated 14:32 GMT',
      'November 19, 2019 at 9:45 am',
      'Updated 12:24 am EST, Wednesday, November 20, 2019',
      'Published 1 day ago',
      'sexta-feira, 22 de outubro de 2010 às 20:13',
    ])
      expect([line, text(line)]).toEqual([line, 'date line']);
  });

  it('does not take figures for a date: a results row, a lap time, a price', () => {
    for (const line of [
      '1 15 27 5040',
      '1:23.456',
      '12 issues for £11.99',
      '2019 was a record year.',
    ])
      expect([line, text(line)]).toEqual([line, null]);
  });
});

describe('calls to action, bylines and credits', () => {
  it('labels an appeal to the reader but not news about subscriptions', () => {
    expect(text('Get the latest updates right in your inbox. Subscribe to our newsletters.')).toBe(
      'call to action',
    );
    expect(text('Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.')).toBe(
      'call to action',
    );
    expect(
      text(
        'Netflix continued to sign up additional subscribers in Asia, the company said, and its subscription revenue rose.',
      ),
    ).toBeNull();
    expect(
      text('Sign up for 4 months of Amazon Music Unlimited for $0.99 in the sale.'),
    ).toBeNull();
    // A long review that names a product's premium plan once is not an appeal.
    expect(
      text(
        'If you use the same password for every site you visit, you are putting yourself at risk. ' +
          'A good password manager can protect you by generating strong passwords for each of your accounts ' +
          'and entering them for you. We rated Dashlane as one of the best password managers of the year, ' +
          'and its free version lets you keep up to 50 passwords. Upgrade to Premium for $4.99 a month.',
      ),
    ).toBeNull();
    // A company's post on its own subscription service speaks as "we" and names two things to
    // do, as an appeal does, but runs past a paragraph.
    const post =
      'Posted by Jane Roe, Product Manager. Whether we are reading the morning news or checking the markets, ' +
      'we rely on publishers to inform us. Today we are launching a way for publishers to offer readers a ' +
      'subscription: sign up once with your account and read across the sites you choose. Publishers set ' +
      'the price and the terms, and we will share the revenue with them. Readers can subscribe from any ' +
      'page, and follow the publications they like to get their stories first. We think this will help ' +
      'good journalism thrive online, and we look forward to hearing what publishers and readers think of it.';
    expect(text(post)).toBeNull();
  });

  it('labels agency credits, staff bylines and the credit line read from page metadata', () => {
    expect(
      text(
        'Reporting by Hyonhee Shin in Seoul; additional reporting by Tom Balmforth in Moscow; Editing by Ed Davies and Gareth Jones',
      ),
    ).toBe('credit or byline');
    expect(text('Tom Krisher, AP Auto Writer')).toBe('credit or byline');
    expect(text('By Wire Desk · Example News · 12 June 2024')).toBe('credit or byline');
    expect(text('Image caption Taylor Swift’s seventh album is the only one she owns')).toBe(
      'credit or byline',
    );
    expect(text('With reporting from Kelly O’Donnell.')).toBe('credit or byline');
    expect(text('You may also be interested in:')).toBe('related link');
    expect(text('Copyright 2019 The Associated Press.')).toBe('credit or byline');
  });

  it('does not take a sentence that opens with "By …ing" or speaks of copyright for a credit', () => {
    expect(
      text('By tracing the rings there is less chance of confusion with the saw marks.'),
    ).toBeNull();
    expect(text('An established copyright policy (e.g., CC BY for fully OA journals)')).toBeNull();
  });

  it('labels a note on the writer after the story, but not a sentence about a reporter in it', () => {
    const note = 'Julia Beizer is The Post’s mobile projects editor.';
    const about = 'Evan Gershkovich is a reporter who was held in Russia for more than a year.';
    expect(labelsOf(['Talks go on', ...PROSE, note])[4]).toBe('credit or byline');
    expect(labelsOf(['Talks go on', PROSE[0]!, about, ...PROSE.slice(1)])[2]).toBeNull();
  });
});

describe('the end of a story', () => {
  const teasers = [
    'Next In Politics',
    'Ministers met in Oslo on Friday to agree on a plan for the coast, which has lost three villages to the sea in ten years.',
  ];

  it('reads what a page prints after the writer’s note or a wire’s sign-off as the page’s', () => {
    for (const end of [
      ['Written by Dana Brook', 'Dana Brook is a freelance writer living in Leeds.'],
      ['(Reporting by Ana Ruiz; Editing by Tom Lee)'],
    ]) {
      const labels = labelsOf(['Talks go on', ...PROSE, ...end, ...teasers]);
      expect([end, labels.slice(4)]).toEqual([
        end,
        [...end.map(() => 'credit or byline'), 'related link', 'related link'],
      ]);
    }
  });

  it('reads on after a sign-off with as much prose under it: a digest signs off each story', () => {
    const signOff = '(Reporting by Ana Ruiz; Editing by Tom Lee)';
    const next = [
      'Harbour workers in Gdansk voted on Thursday to end a strike that had closed the port for nine days, their union said.',
      'The union said the agreement raised wages by eight percent over two years and restored the night shift that had been cut.',
      'Shipping companies said it would take a week to clear the ships that had waited at anchor outside the port since the strike began.',
      'The city’s mayor said the strike had cost local businesses millions and called on the government to help the port recover its trade.',
    ];
    const labels = labelsOf(['Talks go on', ...PROSE, signOff, ...next, signOff]);
    expect(labels.slice(5, 9)).toEqual([null, null, null, null]);
  });

  it('keeps a comment box under a sign-off a comment box', () => {
    const page = plain(
      't',
      ['Talks go on', ...PROSE, '(Reporting by Ana Ruiz; Editing by Tom Lee)', teasers[1]!].join(
        '\n',
      ),
    );
    const source = {
      ...page,
      blocks: page.blocks.map((b, i) =>
        i === 5 ? { ...b, markup: { links: 0, part: 'comments' as const } } : b,
      ),
    };
    expect(classifyBlocks(source)[5]).toBe('comment');
  });

  it('reads on after a credit that ends nothing, or a sign-off before the story has run', () => {
    const picture = labelsOf(['Talks go on', ...PROSE, 'Photo: Dana Brook/Reuters', teasers[1]!]);
    expect(picture[5]).toBeNull();
    const early = labelsOf([
      'Talks go on',
      PROSE[0]!,
      '(Reporting by Ana Ruiz; Editing by Tom Lee)',
      ...PROSE.slice(1),
    ]);
    expect(early.slice(3)).toEqual([null, null]);
  });
});

describe('headlines', () => {
  it('names the headline and its repetition as notes, which are never hidden', () => {
    const source = plain(
      't',
      [
        'Kim hails Russia ties as Putin plans a visit',
        'Kim hails Russia ties as Putin plans a visit',
        ...PROSE,
      ].join('\n'),
    );
    expect(classifyBlocks(source).slice(0, 2)).toEqual(['headline', 'repeated headline']);
    expect(boilerplateOf(source).slice(0, 2)).toEqual([null, null]);
  });

  it('does not call every repeated short line a headline', () => {
    const labels = labelsOf([
      'A headline of the story here',
      PROSE[0]!,
      '1',
      PROSE[1]!,
      '1',
      PROSE[2]!,
    ]);
    expect(labels.slice(1)).toEqual([null, null, null, null, null]);
  });
});

describe('labelling (property)', () => {
  it('never changes the text and hides only blocks it names as boilerplate', () => {
    const lines = fc.array(
      fc.oneof(
        messyText,
        fc.constantFrom(...PROSE, 'Home', 'Updated 14:32 GMT', 'Advertisement', '1\t2\t3'),
      ),
      {
        maxLength: 14,
      },
    );
    checkProperty(
      fc.property(lines, (ls) => {
        const raw = ls.join('\n');
        const source = plain('p', raw);
        const before = JSON.stringify(source);
        const labels = classifyBlocks(source);
        const hidden = boilerplateOf(source);
        expect(JSON.stringify(source)).toBe(before);
        expect(source.text).toBe(raw);
        expect(labels).toHaveLength(source.blocks.length);
        expect(hidden).toHaveLength(source.blocks.length);
        hidden.forEach((reason, i) => {
          if (reason !== null) expect(labels[i]).toBe(reason);
          if (isBlockNote(labels[i] ?? null)) expect(reason).toBeNull();
        });
      }),
      { numRuns: 300 },
    );
  });
});
