import { z } from 'zod';

/** Hours a chart may stay out, by the kind of custodian that holds it. */
const loanPeriods = z
  .object({
    staff: z.number().positive().default(24),
    clinic: z.number().positive().default(12),
    ward: z.number().positive().default(72),
    department: z.number().positive().default(120),
    file_room: z.number().positive().default(24),
    other: z.number().positive().default(48),
  })
  .strict();

const hidMatcher = z
  .object({
    vendorId: z.number().int().min(0).max(0xffff).optional(),
    productId: z.number().int().min(0).max(0xffff).optional(),
    serialNumber: z.string().optional(),
    usagePage: z.number().int().min(0).max(0xffff).optional(),
  })
  .strict();

const scanner = z
  .object({
    mode: z.enum(['hid', 'wedge', 'auto']).default('auto'),
    profile: z.enum(['honeywell', 'newland']).default('honeywell'),
    matchers: z.array(hidMatcher).default([{ usagePage: 0x8c }]),
    assemblyWindowMs: z.number().int().positive().default(250),
    debounceMs: z.number().int().min(0).default(1500),
    wedge: z
      .object({
        maxGapMs: z.number().int().positive().default(35),
        minLength: z.number().int().min(1).default(4),
        idleMs: z.number().int().positive().default(100),
        prefix: z.string().default(''),
        suffix: z.string().default(''),
      })
      .strict()
      .default({ maxGapMs: 35, minLength: 4, idleMs: 100, prefix: '', suffix: '' }),
    checkCharacters: z
      .object({
        code39: z.boolean().default(false),
        interleaved2of5: z.boolean().default(false),
        codabar: z.boolean().default(false),
      })
      .strict()
      .default({ code39: false, interleaved2of5: false, codabar: false }),
  })
  .strict();

const locationRule = z.object({ volumeRule: z.enum(['ALL', 'LAST']).default('ALL') }).strict();

/** The whole of kiosk.config.json. Every key has a default so `{}` is a valid demo config. */
export const configSchema = z
  .object({
    $schema: z.string().optional(),
    counter: z
      .object({ name: z.string().min(1).max(40).default('Counter 1') })
      .strict()
      .default({ name: 'Counter 1' }),
    database: z
      .object({
        path: z.string().min(1).default('data/chartdesk.db'),
        busyTimeoutMs: z.number().int().min(0).default(5000),
      })
      .strict()
      .default({ path: 'data/chartdesk.db', busyTimeoutMs: 5000 }),
    fileRoom: z.string().min(1).default('FILE'),
    filingOrder: z.enum(['terminal_digit', 'middle_digit', 'straight']).default('terminal_digit'),
    holdingLocation: z.string().min(1).default('HOLD'),
    loanHours: loanPeriods.default({
      staff: 24,
      clinic: 12,
      ward: 72,
      department: 120,
      file_room: 24,
      other: 48,
    }),
    session: z
      .object({ idleSeconds: z.number().int().positive().default(30) })
      .strict()
      .default({ idleSeconds: 30 }),
    undo: z
      .object({
        windowSeconds: z.number().int().min(0).default(60),
        barcode: z.string().min(1).nullable().default('UNDO'),
      })
      .strict()
      .default({ windowSeconds: 60, barcode: 'UNDO' }),
    privacy: z
      .object({ walkUp: z.enum(['full', 'initials', 'masked']).default('initials') })
      .strict()
      .default({ walkUp: 'initials' }),
    sounds: z.boolean().default(true),
    kiosk: z
      .object({ lockdown: z.boolean().default(true) })
      .strict()
      .default({ lockdown: true }),
    clerk: z
      .object({
        idleLockSeconds: z.number().int().positive().default(300),
        maxPinTries: z.number().int().positive().default(5),
        lockoutMinutes: z.number().positive().default(15),
      })
      .strict()
      .default({ idleLockSeconds: 300, maxPinTries: 5, lockoutMinutes: 15 }),
    demo: z
      .object({
        seedIfEmpty: z.boolean().default(false),
        patients: z.number().int().positive().max(2_000_000).default(2000),
      })
      .strict()
      .default({ seedIfEmpty: false, patients: 2000 }),
    printing: z
      .object({
        mode: z.enum(['off', 'spooler', 'file']).default('off'),
        command: z.string().min(1).default('lp -d counter'),
        file: z.string().min(1).default('data/print.txt'),
        outGuideSlips: z.boolean().default(false),
      })
      .strict()
      .default({
        mode: 'off',
        command: 'lp -d counter',
        file: 'data/print.txt',
        outGuideSlips: false,
      }),
    locations: z.record(z.string(), locationRule).default({}),
    scanner: scanner.default({
      mode: 'auto',
      profile: 'honeywell',
      matchers: [{ usagePage: 0x8c }],
      assemblyWindowMs: 250,
      debounceMs: 1500,
      wedge: { maxGapMs: 35, minLength: 4, idleMs: 100, prefix: '', suffix: '' },
      checkCharacters: { code39: false, interleaved2of5: false, codabar: false },
    }),
    logFile: z.string().min(1).default('data/chartdesk.log'),
  })
  .strict();

/** A checked kiosk configuration. */
export type Config = z.infer<typeof configSchema>;
/** The custodian kinds a loan period is set for. */
export type LoanKind = keyof Config['loanHours'];
