CREATE TABLE "local_standards" (
	"rule_id" text PRIMARY KEY NOT NULL,
	"amount" integer NOT NULL,
	"unit" text NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "local_standards_amount_check" CHECK ("local_standards"."amount" > 0),
	CONSTRAINT "local_standards_unit_check" CHECK ("local_standards"."unit" in ('working_days', 'days', 'weeks', 'months', 'hours'))
);
--> statement-breakpoint
ALTER TABLE "local_standards" ADD CONSTRAINT "local_standards_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;