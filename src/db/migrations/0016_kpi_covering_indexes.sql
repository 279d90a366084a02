DROP INDEX "assessments_child_idx";--> statement-breakpoint
DROP INDEX "assessments_referral_idx";--> statement-breakpoint
DROP INDEX "plan_reviews_plan_idx";--> statement-breakpoint
CREATE INDEX "calendar_days_working_idx" ON "calendar_days" USING btree ("working_day_index") WHERE "calendar_days"."is_working_day";--> statement-breakpoint
CREATE INDEX "contacts_nfa_child_idx" ON "contacts" USING btree ("child_id","decided_at") WHERE "contacts"."decision" = 'NFA';--> statement-breakpoint
CREATE INDEX "visits_seen_idx" ON "visits" USING btree ("child_id","kind","visited_on") WHERE "visits"."child_seen";--> statement-breakpoint
CREATE INDEX "assessments_child_idx" ON "assessments" USING btree ("child_id","cin_episode_id","start_date");--> statement-breakpoint
CREATE INDEX "assessments_referral_idx" ON "assessments" USING btree ("referral_id","start_date");--> statement-breakpoint
CREATE INDEX "plan_reviews_plan_idx" ON "plan_reviews" USING btree ("plan_id","reviewed_on");