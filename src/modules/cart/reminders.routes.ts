import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { getReminderSettings, optOutByToken, putReminderSettings } from './reminders.settings.ts';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 24-hour');
const settingsSchema = z.object({
  enabled: z.boolean().describe('an abandoned bag gets one reminder'),
  quietHours: z
    .object({ from: time, to: time })
    .describe('Asia/Dhaka; no reminder goes out between them (it waits until they end)'),
});
const settingsBody = settingsSchema.partial();

export function reminderRoutes(app: HttpApp, ctx: AppContext) {
  app.get(
    '/me/bag-reminders',
    {
      config: { auth: ['customer'] },
      schema: {
        tags: ['cart'],
        summary: 'Bag reminders: on or off, and the quiet hours',
        response: { 200: settingsSchema, ...errorResponses },
      },
    },
    async (request) => getReminderSettings(ctx.db, currentUser(request).id),
  );

  app.put(
    '/me/bag-reminders',
    {
      config: { auth: ['customer'] },
      schema: {
        tags: ['cart'],
        summary: 'Turn bag reminders on or off, set the quiet hours',
        body: settingsBody,
        response: { 200: settingsSchema, ...errorResponses },
      },
    },
    async (request) => putReminderSettings(ctx.db, currentUser(request).id, request.body),
  );

  app.post(
    '/bag-reminders/opt-out',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['cart'],
        summary: "Turn bag reminders off from the reminder's link (no sign-in)",
        body: z.object({ token: z.string().min(1).max(200) }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await optOutByToken(ctx, request.body.token);
      return reply.status(204).send(null);
    },
  );
}
