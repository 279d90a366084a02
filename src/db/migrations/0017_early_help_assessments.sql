CREATE TABLE "early_help_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"contact_id" uuid,
	"start_date" date NOT NULL,
	"completed_on" date,
	"lead_practitioner" text NOT NULL,
	"outcome" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "early_help_assessments_dates_check" CHECK ("early_help_assessments"."completed_on" is null or "early_help_assessments"."completed_on" >= "early_help_assessments"."start_date"),
	CONSTRAINT "early_help_assessments_outcome_check" CHECK ("early_help_assessments"."outcome" in ('SUPPORT_PLAN', 'NO_FURTHER_SUPPORT', 'STEP_UP', 'DECLINED'))
);
--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD CONSTRAINT "early_help_assessments_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD CONSTRAINT "early_help_assessments_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_assessments" ADD CONSTRAINT "early_help_assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "early_help_assessments_child_idx" ON "early_help_assessments" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "early_help_assessments_start_idx" ON "early_help_assessments" USING btree ("start_date");