CREATE INDEX "allocations_end_idx" ON "allocations" USING btree ("end_date");--> statement-breakpoint
CREATE INDEX "cin_episodes_end_idx" ON "cin_episodes" USING btree ("end_date");--> statement-breakpoint
CREATE INDEX "assessments_authorised_idx" ON "assessments" USING btree ("authorised_on");--> statement-breakpoint
CREATE INDEX "cp_plans_child_start_idx" ON "cp_plans" USING btree ("child_id","start_date");--> statement-breakpoint
CREATE INDEX "plans_end_idx" ON "plans" USING btree ("end_date");--> statement-breakpoint
CREATE INDEX "pa_allocations_child_idx" ON "pa_allocations" USING btree ("child_id","start_date");