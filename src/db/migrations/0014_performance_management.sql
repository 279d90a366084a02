CREATE TABLE "annex_a_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"label" text NOT NULL,
	"file_name" text NOT NULL,
	"content_hash" text NOT NULL,
	"lists" jsonb NOT NULL,
	"imported_by" uuid NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annex_a_imports_content_hash_unique" UNIQUE("content_hash")
);
--> statement-breakpoint
CREATE TABLE "csc_api_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"response_status" integer,
	"response_body" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "csc_api_batches_kind_check" CHECK ("csc_api_batches"."kind" in ('full', 'delta')),
	CONSTRAINT "csc_api_batches_status_check" CHECK ("csc_api_batches"."status" in ('pending', 'sent', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "csc_api_child_state" (
	"child_id" uuid PRIMARY KEY NOT NULL,
	"last_hash" text NOT NULL,
	"last_sent_at" timestamp with time zone NOT NULL,
	"purged" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "csc_api_rows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"payload_hash" text NOT NULL,
	"purge" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"response" text,
	CONSTRAINT "csc_api_rows_status_check" CHECK ("csc_api_rows"."status" in ('pending', 'sent', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "kpi_pins" (
	"user_id" uuid NOT NULL,
	"kpi_id" text NOT NULL,
	"pinned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpi_pins_user_id_kpi_id_pk" PRIMARY KEY("user_id","kpi_id")
);
--> statement-breakpoint
CREATE TABLE "kpi_settings" (
	"kpi_id" text PRIMARY KEY NOT NULL,
	"target" double precision,
	"england_value" double precision,
	"england_year" text,
	"neighbours_value" double precision,
	"neighbours_year" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"month" text NOT NULL,
	"kpi_id" text NOT NULL,
	"breakdown" text NOT NULL,
	"group_key" text DEFAULT '' NOT NULL,
	"group_name" text,
	"numerator" integer NOT NULL,
	"denominator" integer NOT NULL,
	"measure" double precision,
	"value" double precision,
	"source" text NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpi_snapshots_month_check" CHECK ("kpi_snapshots"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "kpi_snapshots_breakdown_check" CHECK ("kpi_snapshots"."breakdown" in ('authority', 'team', 'worker')),
	CONSTRAINT "kpi_snapshots_source_check" CHECK ("kpi_snapshots"."source" in ('scheduled', 'rebuilt'))
);
--> statement-breakpoint
CREATE TABLE "placement_costs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"placement_type" text NOT NULL,
	"weekly_cost" numeric(10, 2) NOT NULL,
	"effective_from" date NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "placement_costs_positive" CHECK ("placement_costs"."weekly_cost" >= 0)
);
--> statement-breakpoint
ALTER TABLE "annex_a_imports" ADD CONSTRAINT "annex_a_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "csc_api_child_state" ADD CONSTRAINT "csc_api_child_state_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "csc_api_rows" ADD CONSTRAINT "csc_api_rows_batch_id_csc_api_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."csc_api_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "csc_api_rows" ADD CONSTRAINT "csc_api_rows_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_pins" ADD CONSTRAINT "kpi_pins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_settings" ADD CONSTRAINT "kpi_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_costs" ADD CONSTRAINT "placement_costs_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "csc_api_batches_run_idx" ON "csc_api_batches" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "csc_api_rows_batch_idx" ON "csc_api_rows" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "csc_api_rows_child_idx" ON "csc_api_rows" USING btree ("child_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_snapshots_key" ON "kpi_snapshots" USING btree ("kpi_id","breakdown","group_key","month");--> statement-breakpoint
CREATE INDEX "kpi_snapshots_month_idx" ON "kpi_snapshots" USING btree ("month");--> statement-breakpoint
CREATE UNIQUE INDEX "placement_costs_key" ON "placement_costs" USING btree ("placement_type","effective_from");